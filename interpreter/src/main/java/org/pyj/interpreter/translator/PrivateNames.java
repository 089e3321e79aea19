package org.pyj.interpreter.translator;

/**
 * Private name mangling (CPython's _Py_Mangle): inside a class, an identifier that starts with
 * two underscores and does not end with two is prefixed with {@code _} and the class name
 * stripped of its leading underscores. The compiler applies it to every name in a class body and
 * the functions nested in it; {@code type()} applies it to {@code __slots__}.
 */
public final class PrivateNames {
    private PrivateNames() {
    }

    public static String mangle(String className, String name) {
        if (className == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }
}

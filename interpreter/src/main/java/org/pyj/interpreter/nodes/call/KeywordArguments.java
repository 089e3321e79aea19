package org.pyj.interpreter.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PMethod;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** The keyword arguments of a call with {@code **mapping} entries, merged in order (CPython's DICT_MERGE). */
final class KeywordArguments {
    private KeywordArguments() {
    }

    /** Returns {names, values}; a null name in {@code names} marks a mapping whose value is expanded. */
    @TruffleBoundary
    static Object[][] merge(Node location, Object callee, String[] names, Object[] values) {
        List<Object> outNames = new ArrayList<>();
        List<Object> outValues = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                add(location, callee, outNames, outValues, names[i], values[i]);
                continue;
            }
            Object mapping = values[i];
            Object[] keys;
            if (mapping instanceof PDict d) {
                keys = d.keysArray();
            } else {
                Object keysMethod = ObjectProtocol.lookupAttr(location, mapping, "keys");
                if (keysMethod == null) {
                    throw PythonErrors.typeError(location, "%s argument after ** must be a mapping, not %s",
                            calleeName(callee), PythonTypeOf.typeName(mapping));
                }
                keys = Containers.toArray(location, ObjectProtocol.call(location, keysMethod));
            }
            for (Object k : keys) {
                if (!(k instanceof TruffleString s)) {
                    throw PythonErrors.typeError(location, "keywords must be strings");
                }
                add(location, callee, outNames, outValues, PyStr.toJava(s), PyObjectItems.getItem(location, mapping, k));
            }
        }
        return new Object[][]{outNames.toArray(), outValues.toArray()};
    }

    private static void add(Node location, Object callee, List<Object> names, List<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw PythonErrors.typeError(location, "%s got multiple values for keyword argument '%s'", calleeName(callee), name);
        }
        names.add(name);
        values.add(value);
    }

    /** The TypeError of {@code f(*x)} for a non-iterable x (an error raised inside x's __iter__ stays). */
    @TruffleBoundary
    static RuntimeException notIterable(Node location, org.pyj.interpreter.exceptions.PException e, Object callee, Object value) {
        if (e.getPythonException().getType() == org.pyj.interpreter.runtime.BuiltinTypes.TYPE_ERROR
                && ObjectProtocol.lookupSpecial(value, "__iter__") == null
                && ObjectProtocol.lookupSpecial(value, "__getitem__") == null) {
            throw PythonErrors.typeError(location, "%s argument after * must be an iterable, not %s", calleeName(callee),
                    PythonTypeOf.typeName(value));
        }
        throw e;
    }

    /** How CPython names a callable in call errors (_PyObject_FunctionStr): {@code mod.f()}, {@code print()}. */
    static String calleeName(Object callee) {
        if (callee instanceof PFunction f) {
            Object module = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(f.getGlobals(), "__name__", null);
            if (module instanceof TruffleString m && !PyStr.toJava(m).equals("builtins")) {
                return PyStr.toJava(m) + "." + f.getQualname() + "()";
            }
            return f.getQualname() + "()";
        } else if (callee instanceof PMethod m) {
            return calleeName(m.getFunction());
        } else if (callee instanceof PBuiltinFunction f) {
            return f.getName() + "()";
        } else if (callee instanceof PyType t) {
            return t.getName() + "()";
        }
        return PythonTypeOf.typeName(callee) + " object";
    }
}

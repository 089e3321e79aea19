package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.statement.ImportNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code __import__} and {@code open} as far as the core language needs them: the import system
 * and the io module belong to the stdlib issue, which replaces both. {@code __import__} finds
 * the modules the import statement finds today (the built-in ones); {@code open} raises.
 */
public final class ImportBuiltins {
    private ImportBuiltins() {
    }

    public static List<BuiltinSpec> functions() {
        return List.of(
                JavaBuiltin.function("__import__", "name, globals=None, locals=None, fromlist=(), level=0", (loc, a) -> {
                    if (!(a[0] instanceof TruffleString s)) {
                        throw PythonErrors.typeError(loc, "module name must be a string");
                    }
                    if (!org.pyj.interpreter.lib.BuiltinArithmetic.isInt(a[4])) {
                        throw PythonErrors.typeError(loc, "'%s' object cannot be interpreted as an integer",
                                PythonTypeOf.typeName(a[4]));
                    }
                    long level = a[4] instanceof Boolean b ? (b ? 1 : 0)
                            : a[4] instanceof org.pyj.interpreter.runtime.PInt ? Long.MAX_VALUE : ((Number) a[4]).longValue();
                    if (level < 0) {
                        throw PythonErrors.valueError(loc, "level must be >= 0");
                    }
                    String name = PyStr.toJava(s);
                    if (level > 0) {
                        name = resolveName(loc, name, a[1], level);
                    } else if (name.isEmpty()) {
                        throw PythonErrors.valueError(loc, "Empty module name");
                    }
                    return ImportNode.importModule(loc, PyjContext.get(loc), name);
                }),
                JavaBuiltin.function("open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
                        (loc, a) -> {
                            throw PythonErrors.raise(loc, BuiltinTypes.NOT_IMPLEMENTED_ERROR,
                                    "pyj: open() comes with the io module, which is not there yet");
                        }));
    }

    /** CPython's resolve_name: the absolute name of a relative import, from the importing module's globals. */
    private static String resolveName(com.oracle.truffle.api.nodes.Node loc, String name, Object globals, long level) {
        if (!(globals instanceof PDict g)) {
            throw PythonErrors.typeError(loc, "globals must be a dict");
        }
        Object pkg = g.getItem(loc, PyStr.fromJava("__package__"));
        if (pkg == null || pkg == PNone.NONE) {
            Object modName = g.getItem(loc, PyStr.fromJava("__name__"));
            if (modName == null) {
                throw PythonErrors.raise(loc, BuiltinTypes.KEY_ERROR, "'__name__' not in globals");
            }
            if (!(modName instanceof TruffleString)) {
                throw PythonErrors.typeError(loc, "__name__ must be a string");
            }
            pkg = modName;
            if (g.getItem(loc, PyStr.fromJava("__path__")) == null) {
                String n = PyStr.toJava((TruffleString) pkg);
                pkg = PyStr.fromJava(n.lastIndexOf('.') < 0 ? "" : n.substring(0, n.lastIndexOf('.')));
            }
        } else if (!(pkg instanceof TruffleString)) {
            throw PythonErrors.typeError(loc, "package must be a string");
        }
        String base = PyStr.toJava((TruffleString) pkg);
        if (base.isEmpty()) {
            throw PythonErrors.raise(loc, BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (long i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PythonErrors.raise(loc, BuiltinTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }
}

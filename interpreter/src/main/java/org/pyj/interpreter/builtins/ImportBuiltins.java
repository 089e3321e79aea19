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
 * {@code __import__} (importlib's semantics over pyj's import system, imports/ImportSystem) and
 * {@code open}, which raises until the io module exists.
 */
public final class ImportBuiltins {
    private ImportBuiltins() {
    }

    public static List<BuiltinSpec> functions() {
        return List.of(
                JavaBuiltin.function("__import__", "/, name, globals=None, locals=None, fromlist=(), level=0", (loc, a) -> {
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
                    Object module = ImportNode.importModule(loc, PyjContext.get(loc), name);
                    boolean fromlist = a[3] != PNone.NONE && org.pyj.interpreter.lib.ObjectProtocol.isTrue(loc, a[3]);
                    if (fromlist) {
                        // _handle_fromlist: the submodules named in fromlist are imported too.
                        if (org.pyj.interpreter.lib.ObjectProtocol.lookupAttr(loc, module, "__path__") != null) {
                            for (Object item : org.pyj.interpreter.lib.Containers.toArray(loc, a[3])) {
                                if (item instanceof TruffleString sub && !PyStr.toJava(sub).equals("*")) {
                                    PyjContext.get(loc).getImportSystem().importFrom(loc, module, PyStr.toJava(sub));
                                }
                            }
                        }
                        return module;
                    }
                    int dot = name.indexOf('.');
                    // Without a fromlist, __import__('a.b') returns the top package a.
                    return dot < 0 ? module : ImportNode.importModule(loc, PyjContext.get(loc), name.substring(0, dot));
                }),
                JavaBuiltin.function("open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
                        (loc, a) -> {
                            throw PythonErrors.raise(loc, BuiltinTypes.NOT_IMPLEMENTED_ERROR,
                                    "pyj: open() comes with the io module, which is not there yet");
                        }));
    }

    /** resolve_name for __import__: the globals must be a dict. */
    private static String resolveName(com.oracle.truffle.api.nodes.Node loc, String name, Object globals, long level) {
        if (!(globals instanceof PDict g)) {
            throw PythonErrors.typeError(loc, "globals must be a dict");
        }
        return org.pyj.interpreter.nodes.statement.ImportResolution.resolve(loc, name, level,
                key -> g.getItem(loc, PyStr.fromJava(key)));
    }
}

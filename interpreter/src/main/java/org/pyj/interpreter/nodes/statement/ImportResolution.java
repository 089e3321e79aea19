package org.pyj.interpreter.nodes.statement;

import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyStr;

/**
 * importlib's {@code _resolve_name}/{@code _calc___package__}: the absolute name of a relative
 * import, from the importing module's {@code __package__}, {@code __spec__}, {@code __name__}
 * and {@code __path__}.
 */
public final class ImportResolution {
    private ImportResolution() {
    }

    /** Resolves against a module's globals. */
    @TruffleBoundary
    public static String resolveName(Node loc, String name, PModule globals, long level) {
        return resolve(loc, name, level, key -> DynamicObjectLibrary.getUncached().getOrDefault(globals, key, null));
    }

    /** Resolves against {@code lookup} (a globals dict given to __import__); null means absent. */
    @TruffleBoundary
    public static String resolve(Node loc, String name, long level, Function<String, Object> lookup) {
        Object pkg = lookup.apply("__package__");
        Object spec = lookup.apply("__spec__");
        if (pkg != null && pkg != PNone.NONE) {
            if (!(pkg instanceof TruffleString)) {
                throw PythonErrors.typeError(loc, "package must be a string");
            }
        } else if (spec != null && spec != PNone.NONE) {
            pkg = ObjectProtocol.getAttr(loc, spec, "parent");
            if (!(pkg instanceof TruffleString)) {
                throw PythonErrors.typeError(loc, "__spec__.parent must be a string");
            }
        } else {
            Object modName = lookup.apply("__name__");
            if (modName == null) {
                throw PythonErrors.raise(loc, BuiltinTypes.KEY_ERROR, "'__name__' not in globals");
            }
            if (!(modName instanceof TruffleString)) {
                throw PythonErrors.typeError(loc, "__name__ must be a string");
            }
            pkg = modName;
            if (lookup.apply("__path__") == null) {
                String n = PyStr.toJava((TruffleString) pkg);
                pkg = PyStr.fromJava(n.lastIndexOf('.') < 0 ? "" : n.substring(0, n.lastIndexOf('.')));
            }
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

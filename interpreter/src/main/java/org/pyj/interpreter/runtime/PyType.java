package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A Python type object. Like CPython's PyTypeObject it carries slots ({@link TpSlots}) that the
 * operation nodes dispatch through; builtin types are JVM-wide singletons ({@link BuiltinTypes}).
 */
public final class PyType implements TruffleObject {
    private final String name;
    private final String module;
    private final PyType base;
    @CompilationFinal(dimensions = 1) private final PyType[] mro;
    private final TpSlots slots = new TpSlots();

    public PyType(String name, String module, PyType base) {
        this.name = name;
        this.module = module;
        this.base = base;
        int depth = 0;
        for (PyType t = base; t != null; t = t.base) {
            depth++;
        }
        this.mro = new PyType[depth + 1];
        PyType t = this;
        for (int i = 0; i <= depth; i++, t = t.base) {
            mro[i] = t;
        }
    }

    public String getName() {
        return name;
    }

    /** {@code __module__}: "builtins" for builtin types. */
    public String getModule() {
        return module;
    }

    public PyType getBase() {
        return base;
    }

    public PyType[] getMro() {
        return mro;
    }

    public TpSlots getSlots() {
        return slots;
    }

    /** Whether this type is {@code other} or a subtype of it (single inheritance for builtins). */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return module.equals("builtins") ? "<class '" + name + "'>" : "<class '" + module + "." + name + "'>";
    }
}

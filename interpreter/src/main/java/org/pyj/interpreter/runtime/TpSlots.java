package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The slots of a type, named as in CPython's PyTypeObject. Builtin types fill them from Java when
 * the builtins are set up; the nodes in {@code lib} use them for values without a fast path.
 * Classes defined in Python will fill them from their dunder methods (core language issue).
 */
public final class TpSlots {
    /** {@code tp_new} and {@code tp_init} together: called with the type as first argument. */
    @CompilationFinal public Object tp_new;
    /** {@code tp_repr}: a callable taking the object, returning a str. */
    @CompilationFinal public Object tp_repr;
    /** {@code tp_str}: a callable taking the object, returning a str; null means use tp_repr. */
    @CompilationFinal public Object tp_str;
}

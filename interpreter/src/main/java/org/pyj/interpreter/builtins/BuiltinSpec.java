package org.pyj.interpreter.builtins;

import java.util.function.Supplier;

import org.pyj.interpreter.runtime.Signature;

/** One builtin function: its name, parameters, default values and the node that implements it. */
public record BuiltinSpec(String name, Signature signature, Object[] defaults, Object[] kwDefaults,
        Supplier<? extends PythonBuiltinNode> factory) {

    /** A builtin taking positional-only parameters, as CPython's METH_O and positional builtins do. */
    public static BuiltinSpec positional(String name, Supplier<? extends PythonBuiltinNode> factory, String... params) {
        return new BuiltinSpec(name, new Signature(name, params, params.length, params.length, 0, false, false),
                new Object[0], null, factory);
    }
}

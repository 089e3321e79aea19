package org.pyj.interpreter.builtins;

import java.util.function.Supplier;

import org.pyj.interpreter.runtime.Signature;

/** One builtin function: its name, parameters, default values and the node that implements it. */
public record BuiltinSpec(String name, Signature signature, Object[] defaults, Object[] kwDefaults,
        Supplier<? extends PythonBuiltinNode> factory) {

    public static BuiltinSpec positional(String name, Supplier<? extends PythonBuiltinNode> factory, String... params) {
        return new BuiltinSpec(name, Signature.positional(name, params), new Object[0], null, factory);
    }
}

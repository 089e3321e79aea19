package org.pyj.interpreter.runtime;

/** The default of builtin parameters that distinguish "not given" from None; never a Python value. */
public final class PMissing {
    public static final PMissing INSTANCE = new PMissing();

    private PMissing() {
    }
}

package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** A {@code yield} suspending the generator body: unwinds to the body's root with the yielded value. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}

package org.pyj.interpreter.exceptions;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds a function body to its root for {@code return}; Graal turns it into a jump. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    private final Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}

package org.pyj.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** An expression: evaluates to a Python value. Typed variants let the DSL avoid boxing. */
public abstract class ExpressionNode extends PyjNode {
    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return PyjTypesGen.expectLong(execute(frame));
    }

    public int executeInt(VirtualFrame frame) throws UnexpectedResultException {
        return PyjTypesGen.expectInteger(execute(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return PyjTypesGen.expectDouble(execute(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return PyjTypesGen.expectBoolean(execute(frame));
    }
}

package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyNumberUnaryNode;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code -x}, {@code +x}, {@code ~x}. */
public final class UnaryArithmeticNode extends ExpressionNode {
    @Child private ExpressionNode operand;
    @Child private PyNumberUnaryNode operation;

    public UnaryArithmeticNode(ExpressionNode operand, PyNumberUnaryNode operation) {
        this.operand = operand;
        this.operation = operation;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return operation.execute(operand.execute(frame));
    }
}

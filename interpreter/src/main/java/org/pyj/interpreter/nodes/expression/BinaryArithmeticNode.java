package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyNumberBinaryNode;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code left OP right}: evaluates both operands, then the operator's PyNumber node. */
public final class BinaryArithmeticNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    @Child private PyNumberBinaryNode operation;

    public BinaryArithmeticNode(ExpressionNode left, ExpressionNode right, PyNumberBinaryNode operation) {
        this.left = left;
        this.right = right;
        this.operation = operation;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object l = left.execute(frame);
        Object r = right.execute(frame);
        return operation.execute(l, r);
    }
}

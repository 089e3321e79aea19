package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;

/** A float literal. */
public final class FloatLiteralNode extends ExpressionNode {
    private final double value;

    public FloatLiteralNode(double value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return value;
    }
}

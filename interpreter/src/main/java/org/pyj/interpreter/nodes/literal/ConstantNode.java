package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;

/** A literal that is an immutable object: str, big int, None, Ellipsis. */
public final class ConstantNode extends ExpressionNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }
}

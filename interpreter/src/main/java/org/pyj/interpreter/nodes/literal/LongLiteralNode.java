package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;

/** An int literal that needs a Java long. */
public final class LongLiteralNode extends ExpressionNode {
    private final long value;

    public LongLiteralNode(long value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return value;
    }
}

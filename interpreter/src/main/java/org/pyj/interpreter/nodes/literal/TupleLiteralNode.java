package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PTuple;

/** A tuple display {@code (a, b, c)}. */
public final class TupleLiteralNode extends ExpressionNode {
    @Children private final ExpressionNode[] elements;

    public TupleLiteralNode(ExpressionNode[] elements) {
        this.elements = elements;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] items = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            items[i] = elements[i].execute(frame);
        }
        return new PTuple(items);
    }
}

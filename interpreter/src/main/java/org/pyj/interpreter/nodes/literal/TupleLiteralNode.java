package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PTuple;

/** A tuple display {@code (a, b, c)}. */
public final class TupleLiteralNode extends ExpressionNode {
    @Child private org.pyj.interpreter.nodes.expression.ElementsNode elements;

    public TupleLiteralNode(org.pyj.interpreter.nodes.expression.ElementsNode elements) {
        this.elements = elements;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] items = elements.execute(frame);
        return items.length == 0 ? PTuple.EMPTY : new PTuple(items);
    }
}

package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.expression.ElementsNode;
import org.pyj.interpreter.runtime.PList;

/** A list display {@code [a, b, *c]}. */
public final class ListLiteralNode extends ExpressionNode {
    @Child private ElementsNode elements;

    public ListLiteralNode(ElementsNode elements) {
        this.elements = elements;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new PList(elements.execute(frame));
    }
}

package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyObjectGetItemNode;
import org.pyj.interpreter.lib.PyObjectGetItemNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code container[key]}. */
public final class SubscriptNode extends ExpressionNode {
    @Child private ExpressionNode container;
    @Child private ExpressionNode key;
    @Child private PyObjectGetItemNode getItem = PyObjectGetItemNodeGen.create();

    public SubscriptNode(ExpressionNode container, ExpressionNode key) {
        this.container = container;
        this.key = key;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object c = container.execute(frame);
        return getItem.execute(c, key.execute(frame));
    }
}

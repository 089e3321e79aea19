package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.lib.PyObjectSetItemNode;
import org.pyj.interpreter.lib.PyObjectSetItemNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code container[key] = value} and {@code del container[key]}. */
public final class SubscriptTargetNode extends AssignTargetNode {
    @Child private ExpressionNode container;
    @Child private ExpressionNode key;
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNodeGen.create();

    public SubscriptTargetNode(ExpressionNode container, ExpressionNode key) {
        this.container = container;
        this.key = key;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        Object c = container.execute(frame);
        setItem.execute(c, key.execute(frame), value);
    }

    @Override
    public void unbind(VirtualFrame frame) {
        Object c = container.execute(frame);
        PyObjectItems.delItem(this, c, key.execute(frame));
    }
}

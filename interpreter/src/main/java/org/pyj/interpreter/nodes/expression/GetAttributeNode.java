package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyObjectGetAttrNode;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code obj.name}. */
public final class GetAttributeNode extends ExpressionNode {
    @Child private ExpressionNode object;
    @Child private PyObjectGetAttrNode getAttr;

    public GetAttributeNode(ExpressionNode object, String name) {
        this.object = object;
        this.getAttr = PyObjectGetAttrNode.create(name);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return getAttr.execute(object.execute(frame));
    }
}

package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectSetAttrNode;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code obj.name = value} and {@code del obj.name}. */
public final class AttributeTargetNode extends AssignTargetNode {
    @Child private ExpressionNode object;
    @Child private PyObjectSetAttrNode setAttr;
    private final String name;

    public AttributeTargetNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
        this.setAttr = PyObjectSetAttrNode.create(name);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        setAttr.execute(object.execute(frame), value);
    }

    @Override
    public void unbind(VirtualFrame frame) {
        ObjectProtocol.setAttr(this, object.execute(frame), name, null);
    }
}

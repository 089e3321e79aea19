package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyNumberBinaryNode;
import org.pyj.interpreter.lib.PyObjectGetAttrNode;
import org.pyj.interpreter.lib.PyObjectSetAttrNode;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;

/** {@code obj.name op= value}: the object is evaluated once. */
public final class AugAssignAttributeNode extends StatementNode {
    @Child private ExpressionNode object;
    @Child private ExpressionNode value;
    @Child private PyObjectGetAttrNode getAttr;
    @Child private PyObjectSetAttrNode setAttr;
    @Child private PyNumberBinaryNode operator;
    /** In a generator whose value suspends: the current value, kept for the resumption. */
    @Child private org.pyj.interpreter.nodes.generator.SavedValue saved;

    public AugAssignAttributeNode(ExpressionNode object, String name, ExpressionNode value, PyNumberBinaryNode operator) {
        this.object = object;
        this.value = value;
        this.getAttr = PyObjectGetAttrNode.create(name);
        this.setAttr = PyObjectSetAttrNode.create(name);
        this.operator = operator;
    }

    /** Errors of reading and storing the attribute are reported at the target {@code o.name}, as CPython does. */
    public AugAssignAttributeNode atTarget(int line, int col, int endLine, int endCol) {
        getAttr.setPosition(line, col, endLine, endCol);
        setAttr.setPosition(line, col, endLine, endCol);
        return this;
    }

    /** Keeps the current value for a resumption inside the value (a generator's {@code x.a += yield}). */
    public AugAssignAttributeNode savingCurrent(org.pyj.interpreter.nodes.generator.SavedValue savedValue) {
        this.saved = savedValue;
        return this;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object o = object.execute(frame);
        Object current;
        if (saved != null && saved.isSaved(frame)) {
            current = saved.get(frame);
        } else {
            current = getAttr.execute(o);
            if (saved != null) {
                saved.save(frame, current);
            }
        }
        Object result = operator.execute(current, value.execute(frame));
        setAttr.execute(o, result);
    }
}

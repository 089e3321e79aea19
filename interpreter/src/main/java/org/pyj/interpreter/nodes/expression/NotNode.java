package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code not x}. */
public final class NotNode extends ExpressionNode {
    @Child private ExpressionNode operand;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

    public NotNode(ExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return !isTrue.execute(operand.execute(frame));
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !isTrue.execute(operand.execute(frame));
    }
}

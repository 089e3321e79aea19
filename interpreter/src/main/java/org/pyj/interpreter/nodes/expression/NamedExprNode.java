package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;

/** {@code name := value}: assigns and evaluates to the value. */
public final class NamedExprNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private AssignTargetNode target;

    public NamedExprNode(ExpressionNode value, AssignTargetNode target) {
        this.value = value;
        this.target = target;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        target.executeWrite(frame, v);
        return v;
    }
}

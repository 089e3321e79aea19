package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;

/** {@code t1 = t2 = value}: evaluates the value once, then stores it into each target left to right. */
public final class AssignNode extends StatementNode {
    @Child private ExpressionNode value;
    @Children private final AssignTargetNode[] targets;

    public AssignNode(ExpressionNode value, AssignTargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.execute(frame);
        for (AssignTargetNode t : targets) {
            t.executeWrite(frame, v);
        }
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;

/** {@code del a, b}: unbinds each target left to right. */
public final class DeleteNode extends StatementNode {
    @Children private final AssignTargetNode[] targets;

    public DeleteNode(AssignTargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (AssignTargetNode t : targets) {
            t.unbind(frame);
        }
    }
}

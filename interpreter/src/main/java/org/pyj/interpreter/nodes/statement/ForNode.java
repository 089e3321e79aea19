package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import org.pyj.interpreter.exceptions.BreakException;
import org.pyj.interpreter.exceptions.ContinueException;
import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;

/**
 * {@code for target in iterable: body else: orelse}. The iterator lives in a hidden frame slot
 * so the loop body is a RepeatingNode that Truffle can OSR-compile.
 */
public final class ForNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;

    public ForNode(AssignTargetNode target, ExpressionNode iterable, StatementNode body, StatementNode orelse,
            int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(target, body, iteratorSlot));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(iteratorSlot, getIter.execute(iterable.execute(frame)));
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            return;
        } finally {
            frame.setObject(iteratorSlot, null);
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        @Child private PyIterNextNode next = PyIterNextNodeGen.create();
        private final int iteratorSlot;

        Body(AssignTargetNode target, StatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object value = next.execute(frame.getObject(iteratorSlot));
            if (value == PyIterNextNode.STOP) {
                return false;
            }
            target.executeWrite(frame, value);
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                // next iteration
            }
            return true;
        }
    }
}

package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.BreakException;
import org.pyj.interpreter.exceptions.ContinueException;
import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * A {@code for} in a generator with a suspension point inside. The iterator lives in a frame
 * slot, so a resumption continues the same iteration: back into the body, without taking a
 * new item (or into the iterable's expression, or the else block).
 */
public final class GenForNode extends StatementNode {
    @Child private AssignTargetNode target;
    @Child private ExpressionNode iterable;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
    @Child private PyIterNextNode next = PyIterNextNodeGen.create();
    private final int iteratorSlot;
    private final int generatorSlot;
    /** Where the iterable's and the body's suspension points end. */
    private final int iterableEnd;
    private final int bodyEnd;

    public GenForNode(AssignTargetNode target, ExpressionNode iterable, StatementNode body, StatementNode orelse,
            int iteratorSlot, int generatorSlot, int iterableEnd, int bodyEnd) {
        this.target = target;
        this.iterable = iterable;
        this.body = body;
        this.orelse = orelse;
        this.iteratorSlot = iteratorSlot;
        this.generatorSlot = generatorSlot;
        this.iterableEnd = iterableEnd;
        this.bodyEnd = bodyEnd;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resumeBody = false;
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming()) {
            int at = g.getSuspendedAt();
            if (at >= bodyEnd) {
                orelse.executeVoid(frame);
                return;
            }
            resumeBody = at >= iterableEnd;
        }
        if (!resumeBody) {
            frame.setObject(iteratorSlot, getIter.execute(iterable.execute(frame)));
        }
        Object iterator = frame.getObject(iteratorSlot);
        while (true) {
            if (!resumeBody) {
                Object value = next.execute(iterator);
                if (value == PyIterNextNode.STOP) {
                    break;
                }
                target.executeWrite(frame, value);
            }
            resumeBody = false;
            try {
                body.executeVoid(frame);
            } catch (BreakException e) {
                frame.setObject(iteratorSlot, null);
                return;
            } catch (ContinueException e) {
                // next iteration
            }
        }
        frame.setObject(iteratorSlot, null);
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}

package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.BreakException;
import org.pyj.interpreter.exceptions.ContinueException;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.lib.Awaitables;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * {@code async for target in iterable}: {@code __aiter__} once, then each item is
 * {@code await __anext__()} (a suspension point of its own), until that raises
 * StopAsyncIteration. The async iterator lives in a frame slot, as GenForNode's iterator does.
 */
public final class AsyncForNode extends StatementNode {
    @Child private AssignTargetNode target;
    @Child private ExpressionNode iterable;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    @Child private DelegateNode anext;
    private final int iteratorSlot;
    private final int generatorSlot;
    /** The {@code await __anext__()}'s suspension point: the iterable's end before it, the body's after. */
    private final int anextPoint;
    private final int bodyEnd;
    /** False for an async comprehension's first loop, whose iterable already is the async iterator. */
    private final boolean callAiter;

    public AsyncForNode(AssignTargetNode target, ExpressionNode iterable, StatementNode body, StatementNode orelse,
            int iteratorSlot, int generatorSlot, int anextPoint, int bodyEnd, boolean callAiter) {
        this.target = target;
        this.iterable = iterable;
        this.body = body;
        this.orelse = orelse;
        this.iteratorSlot = iteratorSlot;
        this.generatorSlot = generatorSlot;
        this.anextPoint = anextPoint;
        this.anext = new DelegateNode(anextPoint);
        this.bodyEnd = bodyEnd;
        this.callAiter = callAiter;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        boolean resumeAnext = false;
        boolean resumeBody = false;
        if (g.isResuming()) {
            int at = g.getSuspendedAt();
            if (at >= bodyEnd) {
                orelse.executeVoid(frame);
                return;
            }
            resumeAnext = at == anextPoint;
            resumeBody = at > anextPoint;
        }
        if (!resumeAnext && !resumeBody) {
            Object it = iterable.execute(frame);
            frame.setObject(iteratorSlot, callAiter ? Awaitables.getAIter(this, it) : it);
        }
        Object aiter = frame.getObject(iteratorSlot);
        while (true) {
            if (!resumeBody) {
                Object item;
                try {
                    if (resumeAnext) {
                        resumeAnext = false;
                        item = anext.resume(g);
                    } else {
                        item = anext.start(g, Awaitables.getANext(this, aiter));
                    }
                } catch (PException e) {
                    if (e.getPythonException().getType().isSubtypeOf(BuiltinTypes.STOP_ASYNC_ITERATION)) {
                        break;
                    }
                    throw e;
                }
                target.executeWrite(frame, item);
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

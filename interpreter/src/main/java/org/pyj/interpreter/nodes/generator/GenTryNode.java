package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.statement.TryNode;
import org.pyj.interpreter.runtime.PBaseException;

/**
 * A {@code try} in a generator with a suspension point inside. A resumption continues in the
 * part (body, handler i, else, finally) whose range holds the point; the exception being
 * handled and whatever the finally block must re-raise afterwards are kept in frame slots.
 */
public final class GenTryNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final TryNode.Handler[] handlers;
    @Child private StatementNode orelse;
    @Child private StatementNode finalbody;
    private final int generatorSlot;
    /** Where the suspension points of the body, of each handler and of the else block end. */
    private final int bodyEnd;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] handlerEnds;
    private final int elseEnd;
    /** The exception a handler runs for. */
    private final int exceptionSlot;
    /** What the finally block re-raises when it ends: a PException, a ControlFlowException, or null. */
    private final int pendingSlot;

    private static final int BODY = 0;

    public GenTryNode(StatementNode body, TryNode.Handler[] handlers, StatementNode orelse, StatementNode finalbody,
            int generatorSlot, int exceptionSlot, int pendingSlot, int bodyEnd, int[] handlerEnds, int elseEnd) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.generatorSlot = generatorSlot;
        this.bodyEnd = bodyEnd;
        this.handlerEnds = handlerEnds;
        this.elseEnd = elseEnd;
        this.exceptionSlot = exceptionSlot;
        this.pendingSlot = pendingSlot;
    }

    private int elsePhase() {
        return handlers.length + 1;
    }

    private int finallyPhase() {
        return handlers.length + 2;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = BODY;
        org.pyj.interpreter.runtime.PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming()) {
            phase = phaseOf(g.getSuspendedAt());
        }
        if (phase == finallyPhase()) {
            runFinally(frame, frame.getObject(pendingSlot));
            return;
        }
        try {
            runExcept(frame, phase);
        } catch (YieldException y) {
            throw y;
        } catch (PException e) {
            if (finalbody == null) {
                throw e;
            }
            TryNode.recordTraceback(e, e.getPythonException(), getRootNode());
            enterFinally(frame, e);
            return;
        } catch (ControlFlowException c) {
            if (finalbody == null) {
                throw c;
            }
            enterFinally(frame, c);
            return;
        }
        if (finalbody != null) {
            enterFinally(frame, null);
        }
    }

    /** The part of the statement that holds suspension point {@code at}. */
    @com.oracle.truffle.api.nodes.ExplodeLoop
    private int phaseOf(int at) {
        if (at < bodyEnd) {
            return BODY;
        }
        for (int i = 0; i < handlerEnds.length; i++) {
            if (at < handlerEnds[i]) {
                return i + 1;
            }
        }
        return at < elseEnd ? elsePhase() : finallyPhase();
    }

    private void enterFinally(VirtualFrame frame, Object pending) {
        frame.setObject(pendingSlot, pending);
        runFinally(frame, pending);
    }

    /** The finally block, then what was pending; an exception raised in it chains to a pending one. */
    private void runFinally(VirtualFrame frame, Object pending) {
        PBaseException propagating = pending instanceof PException p ? p.getPythonException() : null;
        PyjContext context = PyjContext.get(this);
        if (propagating != null) {
            context.pushHandled(propagating);
        }
        boolean suspended = false;
        try {
            finalbody.executeVoid(frame);
        } catch (YieldException y) {
            suspended = true;
            throw y;
        } catch (PException inner) {
            if (propagating != null) {
                TryNode.chain(inner.getPythonException(), propagating);
            }
            throw inner;
        } finally {
            if (propagating != null) {
                context.popHandled();
            }
            if (!suspended) {
                frame.setObject(pendingSlot, null);
            }
        }
        if (pending instanceof PException p) {
            throw p;
        } else if (pending instanceof ControlFlowException c) {
            throw c;
        }
    }

    private void runExcept(VirtualFrame frame, int phase) {
        if (phase == BODY) {
            try {
                body.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (PException e) {
                if (handlers.length == 0) {
                    throw e;
                }
                handle(frame, e);
                return;
            }
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
        } else if (phase == elsePhase()) {
            orelse.executeVoid(frame);
        } else {
            resumeHandler(frame, phase - 1);
        }
    }

    /** Re-enters handler {@code index}; exploded so that each handler is called at a constant site. */
    @com.oracle.truffle.api.nodes.ExplodeLoop
    private void resumeHandler(VirtualFrame frame, int index) {
        PBaseException exc = (PBaseException) frame.getObject(exceptionSlot);
        for (int i = 0; i < handlers.length; i++) {
            if (i == index) {
                handlers[i].runInGenerator(frame, exc, true);
                return;
            }
        }
    }

    @com.oracle.truffle.api.nodes.ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException exc = e.getPythonException();
        TryNode.recordTraceback(e, exc, getRootNode());
        // Raised while another exception was being handled: CPython set __context__ when it was raised.
        TryNode.chain(exc, PyjContext.get(this).currentHandled());
        for (int i = 0; i < handlers.length; i++) {
            boolean matches;
            try {
                matches = handlers[i].matches(frame, exc);
            } catch (PException inner) {
                TryNode.chain(inner.getPythonException(), exc);
                throw inner;
            }
            if (matches) {
                frame.setObject(exceptionSlot, exc);
                handlers[i].runInGenerator(frame, exc, false);
                return;
            }
        }
        throw e;
    }
}

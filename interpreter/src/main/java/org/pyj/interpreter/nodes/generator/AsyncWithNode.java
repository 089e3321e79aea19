package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Awaitables;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.statement.TryNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code async with mgr as target: body} for one context manager: {@code await mgr.__aenter__()},
 * the body, then {@code await __aexit__(...)} with the exception (a true result suppresses it)
 * or with three Nones. Both awaits are suspension points of their own; the bound
 * {@code __aexit__} and what is pending after the exit (the exception, a return/break/continue,
 * or nothing) are kept in frame slots for the resumptions.
 */
public final class AsyncWithNode extends StatementNode {
    @Child private ExpressionNode manager;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();
    @Child private DelegateNode awaitEnter;
    @Child private DelegateNode awaitExit;
    private final int generatorSlot;
    private final int exitSlot;
    private final int pendingSlot;
    /** The suspension points of {@code await __aenter__()} and {@code await __aexit__()}: the body's lie between. */
    private final int enterPoint;
    private final int exitPoint;

    public AsyncWithNode(ExpressionNode manager, AssignTargetNode target, StatementNode body, int generatorSlot, int exitSlot,
            int pendingSlot, int enterPoint, int exitPoint) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.generatorSlot = generatorSlot;
        this.exitSlot = exitSlot;
        this.pendingSlot = pendingSlot;
        this.enterPoint = enterPoint;
        this.exitPoint = exitPoint;
        this.awaitEnter = new DelegateNode(enterPoint);
        this.awaitExit = new DelegateNode(exitPoint);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming()) {
            int at = g.getSuspendedAt();
            if (at == exitPoint) {
                resumeExit(frame, g);
                return;
            } else if (at > enterPoint) {
                runBody(frame, g);
                return;
            } else if (at == enterPoint) {
                enterDone(frame, g, awaitEnter.resume(g));
                return;
            }
        }
        Object[] enterExit = enter(this, manager.execute(frame));
        frame.setObject(exitSlot, enterExit[1]);
        Object awaitable = Awaitables.getAwaitableIter(this, enterExit[0], Awaitables.Site.AENTER);
        enterDone(frame, g, awaitEnter.start(g, awaitable));
    }

    private void enterDone(VirtualFrame frame, PGeneratorBase g, Object entered) {
        if (target != null) {
            target.executeWrite(frame, entered);
        }
        runBody(frame, g);
    }

    private void runBody(VirtualFrame frame, PGeneratorBase g) {
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PException e) {
            TryNode.recordTraceback(e, e.getPythonException(), getRootNode());
            frame.setObject(pendingSlot, e);
            exitWithException(g, e, callExit(frame.getObject(exitSlot), e.getPythonException()), false);
            return;
        } catch (ControlFlowException c) {
            frame.setObject(pendingSlot, c);
            awaitExit(g, callExit(frame.getObject(exitSlot), null), false);
            throw c;
        }
        frame.setObject(pendingSlot, null);
        awaitExit(g, callExit(frame.getObject(exitSlot), null), false);
    }

    /** Back at the suspended {@code await __aexit__()}: then what was pending goes on. */
    private void resumeExit(VirtualFrame frame, PGeneratorBase g) {
        Object pending = frame.getObject(pendingSlot);
        if (pending instanceof PException e) {
            exitWithException(g, e, null, true);
            return;
        }
        awaitExit(g, null, true);
        if (pending instanceof ControlFlowException c) {
            throw c;
        }
    }

    private Object awaitExit(PGeneratorBase g, Object awaitable, boolean resumed) {
        if (resumed) {
            return awaitExit.resume(g);
        }
        return awaitExit.start(g, Awaitables.getAwaitableIter(this, awaitable, Awaitables.Site.AEXIT));
    }

    /** The exception is being handled while {@code __aexit__} is awaited; a false result re-raises it. */
    private void exitWithException(PGeneratorBase g, PException e, Object awaitable, boolean resumed) {
        PBaseException exc = e.getPythonException();
        PyjContext context = PyjContext.get(this);
        context.pushHandled(exc);
        try {
            Object result = awaitExit(g, awaitable, resumed);
            if (!isTrue.execute(result)) {
                throw e;
            }
        } catch (PException inner) {
            if (inner != e) {
                TryNode.chain(inner.getPythonException(), exc);
            }
            throw inner;
        } finally {
            context.popHandled();
        }
    }

    /** {@code __aexit__(type, value, None)} or with three Nones: the awaitable it returns. */
    @TruffleBoundary
    private Object callExit(Object exit, PBaseException exc) {
        if (exc == null) {
            return ObjectProtocol.call(this, exit, PNone.NONE, PNone.NONE, PNone.NONE);
        }
        PyjContext context = PyjContext.get(this);
        context.pushHandled(exc);
        try {
            return ObjectProtocol.call(this, exit, exc.getType(), exc, PNone.NONE);
        } catch (PException inner) {
            TryNode.chain(inner.getPythonException(), exc);
            throw inner;
        } finally {
            context.popHandled();
        }
    }

    /** {@code __aenter__()}'s result (an awaitable) and the bound {@code __aexit__}. */
    @TruffleBoundary
    private static Object[] enter(Node location, Object mgr) {
        Object enter = ObjectProtocol.lookupSpecial(mgr, "__aenter__");
        if (enter == null) {
            throw PythonErrors.typeError(location, "'%s' object does not support the asynchronous context manager protocol",
                    PythonTypeOf.typeName(mgr));
        }
        Object exit = ObjectProtocol.lookupSpecial(mgr, "__aexit__");
        if (exit == null) {
            throw PythonErrors.typeError(location,
                    "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                    PythonTypeOf.typeName(mgr));
        }
        Object boundExit = ObjectProtocol.bind(location, exit, mgr, PythonTypeOf.typeOf(mgr));
        return new Object[]{ObjectProtocol.callSpecial(location, enter, mgr), boundExit};
    }
}

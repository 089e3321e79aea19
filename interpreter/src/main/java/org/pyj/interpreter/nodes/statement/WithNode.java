package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.generator.YieldException;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code with mgr as target: body} for one context manager (several are nested WithNodes):
 * {@code __enter__}, then {@code __exit__} with the exception (a true result suppresses it) or
 * with three Nones. In a generator with a suspension point inside, the bound {@code __exit__}
 * is kept in a frame slot so a resumption re-enters the body without entering again (or goes
 * back into the manager's expression when the point is there).
 */
public final class WithNode extends StatementNode {
    @Child private ExpressionNode manager;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    private final int generatorSlot;
    private final int exitSlot;
    /** Where the manager expression's suspension points end: the body's begin there. */
    private final int managerEnd;

    public WithNode(ExpressionNode manager, AssignTargetNode target, StatementNode body, int generatorSlot, int exitSlot,
            int managerEnd) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.generatorSlot = generatorSlot;
        this.exitSlot = exitSlot;
        this.managerEnd = managerEnd;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object exit;
        PGeneratorBase g = generatorSlot >= 0 ? (PGeneratorBase) frame.getObject(generatorSlot) : null;
        if (g != null && g.isResuming() && g.getSuspendedAt() >= managerEnd) {
            exit = frame.getObject(exitSlot);
        } else {
            Object mgr = manager.execute(frame);
            Object[] enterExit = enter(this, mgr);
            exit = enterExit[1];
            if (generatorSlot >= 0) {
                frame.setObject(exitSlot, exit);
            }
            if (target != null) {
                target.executeWrite(frame, enterExit[0]);
            }
        }
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PException e) {
            TryNode.recordTraceback(e, e.getPythonException(), getRootNode());
            if (!exitWithException(exit, e.getPythonException())) {
                throw e;
            }
            return;
        } catch (ControlFlowException c) {
            exitNormally(exit);
            throw c;
        }
        exitNormally(exit);
    }

    /** {@code __enter__()}'s result and the bound {@code __exit__}. */
    @TruffleBoundary
    private static Object[] enter(Node location, Object mgr) {
        Object enter = ObjectProtocol.lookupSpecial(mgr, "__enter__");
        Object exit = ObjectProtocol.lookupSpecial(mgr, "__exit__");
        if (enter == null) {
            throw PythonErrors.typeError(location, "'%s' object does not support the context manager protocol",
                    PythonTypeOf.typeName(mgr));
        }
        if (exit == null) {
            throw PythonErrors.typeError(location,
                    "'%s' object does not support the context manager protocol (missed __exit__ method)",
                    PythonTypeOf.typeName(mgr));
        }
        Object boundExit = ObjectProtocol.bind(location, exit, mgr, PythonTypeOf.typeOf(mgr));
        return new Object[]{ObjectProtocol.callSpecial(location, enter, mgr), boundExit};
    }

    @TruffleBoundary
    private void exitNormally(Object exit) {
        ObjectProtocol.call(this, exit, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    /** {@code __exit__(type, value, None)} while the exception is being handled; true suppresses it. */
    @TruffleBoundary
    private boolean exitWithException(Object exit, PBaseException exc) {
        PyjContext context = PyjContext.get(this);
        context.pushHandled(exc);
        try {
            Object r = ObjectProtocol.call(this, exit, exc.getType(), exc, PNone.NONE);
            return ObjectProtocol.isTrue(this, r);
        } catch (PException inner) {
            TryNode.chain(inner.getPythonException(), exc);
            throw inner;
        } finally {
            context.popHandled();
        }
    }
}

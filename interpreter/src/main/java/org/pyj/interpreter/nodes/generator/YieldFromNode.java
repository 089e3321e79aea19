package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PGenerator;
import org.pyj.interpreter.runtime.PNone;

/**
 * {@code yield from iterable}: yields what the delegate yields, passing sent values and thrown
 * exceptions on, and evaluates to the delegate's return value (its StopIteration's value).
 */
public final class YieldFromNode extends ExpressionNode {
    @Child private ExpressionNode iterable;
    private final int generatorSlot;

    public YieldFromNode(ExpressionNode iterable, int generatorSlot) {
        this.iterable = iterable;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGenerator g = GeneratorNodes.generator(frame, generatorSlot);
        Object delegate;
        Object sent = PNone.NONE;
        PException thrown = null;
        if (g.isResuming()) {
            delegate = g.getDelegate();
            if (g.hasThrown()) {
                thrown = g.takeThrown();
            } else {
                sent = g.takeSent();
            }
        } else {
            delegate = Containers.getIter(this, iterable.execute(frame));
        }
        Object[] result = step(g, delegate, sent, thrown);
        if (result[0] == Boolean.TRUE) {
            g.setDelegate(null);
            return result[1];
        }
        g.setDelegate(delegate);
        throw new YieldException(result[1]);
    }

    /** One step of the delegate: {done, value}: done with its return value, or a value to yield. */
    @TruffleBoundary
    private Object[] step(PGenerator g, Object delegate, Object sent, PException thrown) {
        try {
            Object v;
            if (thrown != null) {
                if (thrown.getPythonException().getType() == BuiltinTypes.GENERATOR_EXIT) {
                    Object close = ObjectProtocol.lookupAttr(this, delegate, "close");
                    if (close != null) {
                        ObjectProtocol.call(this, close);
                    }
                    throw thrown;
                }
                Object throwMethod = ObjectProtocol.lookupAttr(this, delegate, "throw");
                if (throwMethod == null) {
                    throw thrown;
                }
                v = ObjectProtocol.call(this, throwMethod, thrown.getPythonException());
            } else if (delegate instanceof PGenerator dg) {
                v = org.pyj.interpreter.lib.Generators.send(this, dg, sent);
            } else if (sent == PNone.NONE || delegate instanceof org.pyj.interpreter.runtime.PIterator) {
                v = Containers.next(this, delegate);
                if (v == null) {
                    return new Object[]{Boolean.TRUE, PNone.NONE};
                }
            } else {
                v = ObjectProtocol.call(this, ObjectProtocol.getAttr(this, delegate, "send"), sent);
            }
            return new Object[]{Boolean.FALSE, v};
        } catch (PException e) {
            PBaseException exc = e.getPythonException();
            if (exc.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                return new Object[]{Boolean.TRUE, exc.getArgs().size() > 0 ? exc.getArgs().get(0) : PNone.NONE};
            }
            throw e;
        }
    }
}

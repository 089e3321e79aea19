package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.lib.Awaitables;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;

/**
 * Shared helpers of the resumable nodes. The generator lives in a frame slot of its own. The
 * suspension points of a body are numbered in source order, so each part of a statement
 * covers a range of them: while resuming, a node goes into the part whose range holds the
 * point the body is suspended at.
 */
public final class GeneratorNodes {
    private GeneratorNodes() {
    }

    public static PGeneratorBase generator(VirtualFrame frame, int generatorSlot) {
        return (PGeneratorBase) frame.getObject(generatorSlot);
    }

    /**
     * One step of awaiting (or {@code yield from}) {@code delegate}: its result when it is done,
     * else the body suspends at {@code point}, handing out what the delegate handed out.
     */
    public static Object delegate(Node node, PGeneratorBase g, Object delegate, Object sent, PException thrown, int point) {
        Awaitables.Step step;
        try {
            step = Awaitables.step(node, delegate, sent, thrown);
        } catch (PException e) {
            g.setDelegate(null);
            throw e;
        }
        if (step.done()) {
            g.setDelegate(null);
            return step.value();
        }
        g.setDelegate(delegate);
        g.setSuspendedAt(point, node);
        throw new YieldException(step.value());
    }

    /** What {@code throw()} passed in, raised again at the suspension point, so the traceback points there. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static PException raiseHere(Node node, PException thrown) {
        return new PException(thrown.getPythonException(), node);
    }

    /** The resumption of a delegation suspended at {@code point}: passes what was sent or thrown on. */
    public static Object resumeDelegation(Node node, PGeneratorBase g, int point) {
        Object delegate = g.getDelegate();
        if (g.hasThrown()) {
            return delegate(node, g, delegate, PNone.NONE, g.takeThrown(), point);
        }
        return delegate(node, g, delegate, g.takeSent(), null, point);
    }
}

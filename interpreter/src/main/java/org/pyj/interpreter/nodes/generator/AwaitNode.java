package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.Awaitables;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;

/**
 * {@code await awaitable}: delegates to the awaitable's iterator (a coroutine itself, or what
 * {@code __await__} returns) as {@code yield from} does, and evaluates to its return value.
 */
public final class AwaitNode extends ExpressionNode {
    @Child private ExpressionNode awaitable;
    private final int generatorSlot;
    /** This suspension point's number. */
    private final int point;

    public AwaitNode(ExpressionNode awaitable, int generatorSlot, int point) {
        this.awaitable = awaitable;
        this.generatorSlot = generatorSlot;
        this.point = point;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming() && g.getSuspendedAt() == point) {
            return GeneratorNodes.resumeDelegation(this, g, point);
        }
        Object iterator = Awaitables.getAwaitableIter(this, awaitable.execute(frame), Awaitables.Site.AWAIT);
        return GeneratorNodes.delegate(this, g, iterator, PNone.NONE, null, point);
    }
}

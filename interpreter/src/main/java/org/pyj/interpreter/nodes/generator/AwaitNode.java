package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.Awaitables;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * {@code await awaitable}: delegates to the awaitable's iterator (a coroutine itself, or what
 * {@code __await__} returns) as {@code yield from} does, and evaluates to its return value.
 */
public final class AwaitNode extends ExpressionNode {
    @Child private ExpressionNode awaitable;
    @Child private DelegateNode delegate;
    private final int generatorSlot;

    public AwaitNode(ExpressionNode awaitable, int generatorSlot, int point) {
        this.awaitable = awaitable;
        this.generatorSlot = generatorSlot;
        this.delegate = new DelegateNode(point);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (delegate.isResumedHere(g)) {
            return delegate.resume(g);
        }
        Object iterator = Awaitables.getAwaitableIter(this, awaitable.execute(frame), Awaitables.Site.AWAIT);
        return delegate.start(g, iterator);
    }
}

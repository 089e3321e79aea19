package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PCoroutine;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * {@code yield from iterable}: yields what the delegate yields, passing sent values and thrown
 * exceptions on, and evaluates to the delegate's return value (its StopIteration's value).
 */
public final class YieldFromNode extends ExpressionNode {
    @Child private ExpressionNode iterable;
    @Child private DelegateNode delegate;
    private final int generatorSlot;

    public YieldFromNode(ExpressionNode iterable, int generatorSlot, int point) {
        this.iterable = iterable;
        this.generatorSlot = generatorSlot;
        this.delegate = new DelegateNode(point);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (delegate.isResumedHere(g)) {
            return delegate.resume(g);
        }
        Object value = iterable.execute(frame);
        if (value instanceof PCoroutine) {
            throw PythonErrors.typeError(this, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return delegate.start(g, Containers.getIter(this, value));
    }
}

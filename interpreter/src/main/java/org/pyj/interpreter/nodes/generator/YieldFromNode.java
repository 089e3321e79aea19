package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;

/**
 * {@code yield from iterable}: yields what the delegate yields, passing sent values and thrown
 * exceptions on, and evaluates to the delegate's return value (its StopIteration's value).
 */
public final class YieldFromNode extends ExpressionNode {
    @Child private ExpressionNode iterable;
    private final int generatorSlot;
    /** This suspension point's number. */
    private final int point;

    public YieldFromNode(ExpressionNode iterable, int generatorSlot, int point) {
        this.iterable = iterable;
        this.generatorSlot = generatorSlot;
        this.point = point;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming() && g.getSuspendedAt() == point) {
            return GeneratorNodes.resumeDelegation(this, g, point);
        }
        Object delegate = Containers.getIter(this, iterable.execute(frame));
        return GeneratorNodes.delegate(this, g, delegate, PNone.NONE, null, point);
    }
}

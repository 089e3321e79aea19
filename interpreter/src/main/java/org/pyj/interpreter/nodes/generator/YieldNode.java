package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PAsyncGenerator;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;

/**
 * {@code yield value}: suspends the generator with the value; when the generator is resumed
 * here, evaluates to what {@code send} passed (or raises what {@code throw} passed). In an async
 * generator the value is wrapped, which tells it from what the awaits inside pass through.
 */
public final class YieldNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final int generatorSlot;
    /** This suspension point's number. */
    private final int point;
    private final boolean inAsyncGenerator;

    public YieldNode(ExpressionNode value, int generatorSlot, int point, boolean inAsyncGenerator) {
        this.value = value;
        this.generatorSlot = generatorSlot;
        this.point = point;
        this.inAsyncGenerator = inAsyncGenerator;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming() && g.getSuspendedAt() == point) {
            if (g.hasThrown()) {
                throw GeneratorNodes.raiseHere(this, g.takeThrown());
            }
            return g.takeSent();
        }
        // Resuming elsewhere: the point is inside the value, which goes on from there.
        Object v = value == null ? PNone.NONE : value.execute(frame);
        g.setSuspendedAt(point, this);
        throw new YieldException(inAsyncGenerator ? new PAsyncGenerator.WrappedValue(v) : v);
    }
}

package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PGenerator;
import org.pyj.interpreter.runtime.PNone;

/**
 * {@code yield value}: suspends the generator with the value; when the generator is resumed
 * here, evaluates to what {@code send} passed (or raises what {@code throw} passed).
 */
public final class YieldNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final int generatorSlot;

    public YieldNode(ExpressionNode value, int generatorSlot) {
        this.value = value;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGenerator g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming()) {
            return g.takeSent();
        }
        throw new YieldException(value == null ? PNone.NONE : value.execute(frame));
    }
}

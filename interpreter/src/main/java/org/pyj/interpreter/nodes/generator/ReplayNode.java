package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * A sub-expression evaluated before a suspension point of the same statement (the {@code g()}
 * of {@code f(g(), (yield))}): a resumption re-runs the statement down to the point, so the
 * value is kept in a frame slot and replayed instead of being computed again, unless the
 * point is inside this expression (then it goes on from there).
 */
public final class ReplayNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final int generatorSlot;
    private final int slot;
    /** The suspension points inside the expression: [from, to). */
    private final int from;
    private final int to;

    public ReplayNode(ExpressionNode value, int generatorSlot, int slot, int from, int to) {
        this.value = value;
        this.generatorSlot = generatorSlot;
        this.slot = slot;
        this.from = from;
        this.to = to;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming()) {
            int at = g.getSuspendedAt();
            if (at < from || at >= to) {
                return frame.getObject(slot);
            }
        }
        Object v = value.execute(frame);
        frame.setObject(slot, v);
        return v;
    }
}

package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSlice;

/** {@code a:b:c} inside a subscript: a slice object, None for omitted parts. */
public final class SliceNode extends ExpressionNode {
    @Child private ExpressionNode lower;
    @Child private ExpressionNode upper;
    @Child private ExpressionNode step;

    public SliceNode(ExpressionNode lower, ExpressionNode upper, ExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object l = lower == null ? PNone.NONE : lower.execute(frame);
        Object u = upper == null ? PNone.NONE : upper.execute(frame);
        Object s = step == null ? PNone.NONE : step.execute(frame);
        return new PSlice(l, u, s);
    }
}

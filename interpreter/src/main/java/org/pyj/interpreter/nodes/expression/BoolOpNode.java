package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code a and b and c} / {@code a or b or c}: short-circuits and yields the deciding operand. */
public final class BoolOpNode extends ExpressionNode {
    @Children private final ExpressionNode[] values;
    @Children private final PyObjectIsTrueNode[] isTrue;
    private final boolean isAnd;
    private final CountingConditionProfile shortCircuit = CountingConditionProfile.create();

    public BoolOpNode(ExpressionNode[] values, boolean isAnd) {
        this.values = values;
        this.isAnd = isAnd;
        this.isTrue = new PyObjectIsTrueNode[values.length - 1];
        for (int i = 0; i < isTrue.length; i++) {
            isTrue[i] = PyObjectIsTrueNodeGen.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        for (int i = 0; i < values.length - 1; i++) {
            Object v = values[i].execute(frame);
            if (shortCircuit.profile(isTrue[i].execute(v) != isAnd)) {
                return v;
            }
        }
        return values[values.length - 1].execute(frame);
    }
}

package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;

/** {@code body if test else orelse}. */
public final class IfExpressionNode extends ExpressionNode {
    @Child private ExpressionNode test;
    @Child private ExpressionNode body;
    @Child private ExpressionNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfExpressionNode(ExpressionNode test, ExpressionNode body, ExpressionNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(test.execute(frame)))) {
            return body.execute(frame);
        }
        return orelse.execute(frame);
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;

/** {@code if test: body else: orelse} (elif is a nested IfNode in orelse). */
public final class IfNode extends StatementNode {
    @Child private ExpressionNode test;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExpressionNode test, StatementNode body, StatementNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(test.execute(frame)))) {
            body.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}

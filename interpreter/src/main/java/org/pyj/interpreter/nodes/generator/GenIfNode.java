package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;

/** An {@code if} in a generator with a yield in a branch: remembers the branch taken (1 body, 2 else). */
public final class GenIfNode extends StatementNode {
    @Child private ExpressionNode test;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();
    private final int generatorSlot;
    private final int stateSlot;

    public GenIfNode(ExpressionNode test, StatementNode body, StatementNode orelse, int generatorSlot, int stateSlot) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.generatorSlot = generatorSlot;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int branch;
        if (GeneratorNodes.isResuming(frame, generatorSlot)) {
            branch = GeneratorNodes.getState(frame, stateSlot);
        } else {
            branch = isTrue.execute(test.execute(frame)) ? 1 : 2;
            GeneratorNodes.setState(frame, stateSlot, branch);
        }
        if (branch == 1) {
            body.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}

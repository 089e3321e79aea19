package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * An {@code if} in a generator with a suspension point inside: a resumption goes back into the
 * test or straight into the branch that holds the point.
 */
public final class GenIfNode extends StatementNode {
    @Child private ExpressionNode test;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();
    private final int generatorSlot;
    /** Where the test's and the body's suspension points end. */
    private final int testEnd;
    private final int bodyEnd;

    public GenIfNode(ExpressionNode test, StatementNode body, StatementNode orelse, int generatorSlot, int testEnd, int bodyEnd) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.generatorSlot = generatorSlot;
        this.testEnd = testEnd;
        this.bodyEnd = bodyEnd;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming() && g.getSuspendedAt() >= testEnd) {
            if (g.getSuspendedAt() < bodyEnd) {
                body.executeVoid(frame);
            } else {
                orelse.executeVoid(frame);
            }
            return;
        }
        if (isTrue.execute(test.execute(frame))) {
            body.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}

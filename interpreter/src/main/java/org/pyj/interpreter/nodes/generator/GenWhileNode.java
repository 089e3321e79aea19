package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.BreakException;
import org.pyj.interpreter.exceptions.ContinueException;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.PGeneratorBase;

/** A {@code while} in a generator with a suspension point inside: resuming goes back into the test, body or else block. */
public final class GenWhileNode extends StatementNode {
    @Child private ExpressionNode test;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();
    private final int generatorSlot;
    /** Where the test's and the body's suspension points end. */
    private final int testEnd;
    private final int bodyEnd;

    public GenWhileNode(ExpressionNode test, StatementNode body, StatementNode orelse, int generatorSlot, int testEnd,
            int bodyEnd) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.generatorSlot = generatorSlot;
        this.testEnd = testEnd;
        this.bodyEnd = bodyEnd;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resumeBody = false;
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (g.isResuming()) {
            int at = g.getSuspendedAt();
            if (at >= bodyEnd) {
                orelse.executeVoid(frame);
                return;
            }
            resumeBody = at >= testEnd;
        }
        while (true) {
            if (!resumeBody && !isTrue.execute(test.execute(frame))) {
                break;
            }
            resumeBody = false;
            try {
                body.executeVoid(frame);
            } catch (BreakException e) {
                return;
            } catch (ContinueException e) {
                // next iteration
            }
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}

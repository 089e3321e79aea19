package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.BreakException;
import org.pyj.interpreter.exceptions.ContinueException;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;

/** A {@code while} in a generator with a yield inside: resuming goes back into the body, test skipped. */
public final class GenWhileNode extends StatementNode {
    @Child private ExpressionNode test;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();
    private final int generatorSlot;
    /** 1 while the body runs, 2 in the else block. */
    private final int stateSlot;

    public GenWhileNode(ExpressionNode test, StatementNode body, StatementNode orelse, int generatorSlot, int stateSlot) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.generatorSlot = generatorSlot;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resumeBody = false;
        if (GeneratorNodes.isResuming(frame, generatorSlot)) {
            if (GeneratorNodes.getState(frame, stateSlot) == 2) {
                orelse.executeVoid(frame);
                return;
            }
            resumeBody = true;
        }
        while (true) {
            if (!resumeBody) {
                if (!isTrue.execute(test.execute(frame))) {
                    break;
                }
                GeneratorNodes.setState(frame, stateSlot, 1);
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
            GeneratorNodes.setState(frame, stateSlot, 2);
            orelse.executeVoid(frame);
        }
    }
}

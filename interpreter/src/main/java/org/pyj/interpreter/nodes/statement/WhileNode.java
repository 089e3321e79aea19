package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import org.pyj.interpreter.exceptions.BreakException;
import org.pyj.interpreter.exceptions.ContinueException;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;

/** {@code while test: body else: orelse}, as a Truffle LoopNode so long loops get OSR-compiled. */
public final class WhileNode extends StatementNode {
    @Child private LoopNode loop;
    @Child private StatementNode orelse;

    public WhileNode(ExpressionNode test, StatementNode body, StatementNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(test, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {
        @Child private ExpressionNode test;
        @Child private StatementNode body;
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

        Body(ExpressionNode test, StatementNode body) {
            this.test = test;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!isTrue.execute(test.execute(frame))) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                // next iteration
            }
            return true;
        }
    }
}

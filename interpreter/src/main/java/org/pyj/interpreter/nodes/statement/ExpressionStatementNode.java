package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;

/** An expression evaluated for its effect; the value is dropped. */
public final class ExpressionStatementNode extends StatementNode {
    @Child private ExpressionNode expression;

    public ExpressionStatementNode(ExpressionNode expression) {
        this.expression = expression;
    }

    public ExpressionNode getExpression() {
        return expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.execute(frame);
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.ReturnException;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.PNone;

/** {@code return value}. */
public final class ReturnNode extends StatementNode {
    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PNone.NONE : value.execute(frame));
    }
}

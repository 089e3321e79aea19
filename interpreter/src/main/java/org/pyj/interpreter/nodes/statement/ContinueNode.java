package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.ContinueException;
import org.pyj.interpreter.nodes.StatementNode;

/** {@code continue}. */
public final class ContinueNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.BreakException;
import org.pyj.interpreter.nodes.StatementNode;

/** {@code break}. */
public final class BreakNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}

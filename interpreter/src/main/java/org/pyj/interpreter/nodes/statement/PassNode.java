package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.StatementNode;

/** {@code pass}, and the empty suite. */
public final class PassNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}

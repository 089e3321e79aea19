package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.StatementNode;

/** A sequence of statements (a suite). */
public final class BlockNode extends StatementNode {
    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode s : statements) {
            s.executeVoid(frame);
        }
    }
}

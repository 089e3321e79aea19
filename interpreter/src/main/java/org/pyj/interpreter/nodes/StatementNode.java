package org.pyj.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A statement: executed for its effect. */
public abstract class StatementNode extends PyjNode {
    public abstract void executeVoid(VirtualFrame frame);
}

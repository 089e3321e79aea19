package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.PyjNode;

/** The left side of an assignment (and a for-loop's target): stores a value somewhere. */
public abstract class AssignTargetNode extends PyjNode {
    public abstract void executeWrite(VirtualFrame frame, Object value);

    /** {@code del target} (and the end of an {@code except ... as name} block). */
    public void unbind(VirtualFrame frame) {
        throw new UnsupportedOperationException("del of " + getClass().getSimpleName());
    }
}

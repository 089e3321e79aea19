package org.pyj.interpreter.lib;

import org.pyj.interpreter.nodes.PyjNode;

/** A unary operator of the number protocol (PyNumber_Negative, PyNumber_Positive, PyNumber_Invert). */
public abstract class PyNumberUnaryNode extends PyjNode {
    public abstract Object execute(Object operand);
}

package org.pyj.interpreter.lib;

import org.pyj.interpreter.nodes.PyjNode;

/** A binary operator of the number protocol (CPython's PyNumber_Add and friends). */
public abstract class PyNumberBinaryNode extends PyjNode {
    public abstract Object execute(Object left, Object right);
}

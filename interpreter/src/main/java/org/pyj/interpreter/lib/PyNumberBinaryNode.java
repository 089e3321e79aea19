package org.pyj.interpreter.lib;

import org.pyj.interpreter.nodes.PyjNode;

/**
 * A binary operator of the number protocol (CPython's PyNumber_Add and friends), or its in-place
 * form (PyNumber_InPlaceAdd...) for augmented assignment. Builtin types have no in-place slots,
 * so both compute the same; the in-place form names its operator {@code +=} in errors.
 */
public abstract class PyNumberBinaryNode extends PyjNode {
    private boolean inPlace;

    public abstract Object execute(Object left, Object right);

    /** Makes this the in-place form; called once, when the node is created. */
    public final PyNumberBinaryNode asInPlace() {
        inPlace = true;
        return this;
    }

    public final boolean isInPlace() {
        return inPlace;
    }
}

package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;

/** The cell object itself in a frame slot: what a class body returns for its {@code __class__} cell. */
public final class CellObjectNode extends ExpressionNode {
    private final int slot;

    public CellObjectNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}

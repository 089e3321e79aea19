package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;

/** Reads a hidden frame slot the translator set up (a comprehension's result). */
public final class ReadHiddenSlotNode extends ExpressionNode {
    private final int slot;

    public ReadHiddenSlotNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}

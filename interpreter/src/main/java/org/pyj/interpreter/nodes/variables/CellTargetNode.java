package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.PCell;

/** Stores into (or unbinds) a variable shared with nested functions, through its cell. */
public final class CellTargetNode extends AssignTargetNode {
    private final int slot;
    private final String name;

    public CellTargetNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        ((PCell) frame.getObject(slot)).set(value);
    }

    @Override
    public void unbind(VirtualFrame frame) {
        PCell cell = (PCell) frame.getObject(slot);
        if (cell.get() == null) {
            throw PythonErrors.nameError(this, frame.getArguments(),
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        }
        cell.set(null);
    }
}

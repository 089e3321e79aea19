package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PCell;

/** Reads a variable shared with nested functions, through the cell in its frame slot. */
public final class ReadCellNode extends ExpressionNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = ((PCell) frame.getObject(slot)).get();
        if (value == null) {
            if (free) {
                throw PythonErrors.nameError(this, frame.getArguments(),
                        "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
            }
            throw PythonErrors.raise(this, BuiltinTypes.UNBOUND_LOCAL_ERROR,
                    "cannot access local variable '%s' where it is not associated with a value", name);
        }
        return value;
    }
}

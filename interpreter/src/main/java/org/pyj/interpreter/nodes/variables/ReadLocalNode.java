package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.BuiltinTypes;

/** Reads a function-local variable from its frame slot, specialized on the slot's kind. */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
public abstract class ReadLocalNode extends ExpressionNode {
    protected abstract int getSlot();

    protected abstract String getName();

    @Specialization(guards = "frame.isLong(getSlot())")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isDouble(getSlot())")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(getSlot());
    }

    @Specialization(guards = "frame.isBoolean(getSlot())")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(getSlot());
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        int slot = getSlot();
        Object value;
        if (!frame.isObject(slot)) {
            // The slot held a primitive (or nothing yet): box it once and keep it generic.
            CompilerDirectives.transferToInterpreter();
            value = frame.getValue(slot);
            frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
            frame.setObject(slot, value);
        } else {
            value = frame.getObject(slot);
        }
        if (value == null) {
            throw PythonErrors.raise(this, BuiltinTypes.UNBOUND_LOCAL_ERROR,
                    "cannot access local variable '%s' where it is not associated with a value", getName());
        }
        return value;
    }
}

package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Stores into a function-local frame slot, keeping primitives unboxed while the slot's kind allows. */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
public abstract class LocalTargetNode extends AssignTargetNode {
    protected abstract int getSlot();

    protected abstract String getName();

    @Specialization(guards = "isKind(frame, Long)")
    protected void writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
    }

    @Specialization(guards = "isKind(frame, Double)")
    protected void writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
    }

    @Specialization(guards = "isKind(frame, Boolean)")
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
    }

    /** Unbinds the local: a later read raises UnboundLocalError. */
    @Override
    public void unbind(VirtualFrame frame) {
        if (frame.getValue(getSlot()) == null) {
            throw org.pyj.interpreter.exceptions.PythonErrors.raise(this,
                    org.pyj.interpreter.runtime.BuiltinTypes.UNBOUND_LOCAL_ERROR,
                    "cannot access local variable '%s' where it is not associated with a value", getName());
        }
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), null);
    }

    /** The slot is still unused or already holds this primitive kind. */
    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(getSlot());
        return current == kind || current == FrameSlotKind.Illegal;
    }

    protected static final FrameSlotKind Long = FrameSlotKind.Long;
    protected static final FrameSlotKind Double = FrameSlotKind.Double;
    protected static final FrameSlotKind Boolean = FrameSlotKind.Boolean;
}

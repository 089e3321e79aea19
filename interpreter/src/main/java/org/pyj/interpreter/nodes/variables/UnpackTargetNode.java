package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code a, b = value}: unpacks an iterable of exactly as many items into the sub-targets. */
public final class UnpackTargetNode extends AssignTargetNode {
    @Children private final AssignTargetNode[] targets;

    public UnpackTargetNode(AssignTargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object value) {
        Object[] items = value instanceof PTuple t && t.size() == targets.length ? t.getItems() : items(value);
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, items[i]);
        }
    }

    @TruffleBoundary
    private Object[] items(Object value) {
        Object[] items;
        if (value instanceof PTuple t) {
            items = t.getItems();
        } else if (value instanceof TruffleString s) {
            int n = PyStr.length(s);
            items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = PyStr.fromCodePoint(PyStr.codePointAt(s, i));
            }
        } else if (value instanceof PRange r && r.length() <= Integer.MAX_VALUE) {
            items = new Object[(int) r.length()];
            for (int i = 0; i < items.length; i++) {
                items[i] = r.getStart() + i * r.getStep();
            }
        } else {
            throw PythonErrors.typeError(this, "cannot unpack non-iterable %s object", PythonTypeOf.typeName(value));
        }
        if (items.length < targets.length) {
            throw PythonErrors.valueError(this, "not enough values to unpack (expected %d, got %d)", targets.length,
                    items.length);
        } else if (items.length > targets.length) {
            throw PythonErrors.valueError(this, "too many values to unpack (expected %d)", targets.length);
        }
        return items;
    }
}

package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code a, b = value} and {@code a, *rest, b = value}: unpacks an iterable into the sub-targets,
 * with exactly as many items (or at least as many as the unstarred targets).
 */
public final class UnpackTargetNode extends AssignTargetNode {
    @Children private final AssignTargetNode[] targets;
    /** The index of the starred target, or -1. */
    private final int starIndex;

    public UnpackTargetNode(AssignTargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object value) {
        if (starIndex < 0) {
            Object[] items = value instanceof PTuple t && t.size() == targets.length ? t.getItems() : items(value);
            for (int i = 0; i < targets.length; i++) {
                targets[i].executeWrite(frame, items[i]);
            }
            return;
        }
        Object[] items = starredItems(value);
        int after = targets.length - starIndex - 1;
        for (int i = 0; i < targets.length; i++) {
            if (i < starIndex) {
                targets[i].executeWrite(frame, items[i]);
            } else if (i == starIndex) {
                targets[i].executeWrite(frame, new PList(middle(items, starIndex, items.length - after)));
            } else {
                targets[i].executeWrite(frame, items[items.length - (targets.length - i)]);
            }
        }
    }

    private static Object[] middle(Object[] items, int from, int to) {
        return java.util.Arrays.copyOfRange(items, from, to);
    }

    @TruffleBoundary
    private Object[] all(Object value) {
        if (value instanceof PTuple t) {
            return t.getItems();
        } else if (value instanceof PList l) {
            return l.toArray();
        }
        try {
            return org.pyj.interpreter.lib.Containers.toArray(this, value);
        } catch (org.pyj.interpreter.exceptions.PException e) {
            if (e.getPythonException().getType() == org.pyj.interpreter.runtime.BuiltinTypes.TYPE_ERROR
                    && org.pyj.interpreter.lib.ObjectProtocol.lookupSpecial(value, "__iter__") == null
                    && !(value instanceof org.pyj.interpreter.runtime.PIterator)
                    && !(value instanceof PythonObject)) {
                throw PythonErrors.typeError(this, "cannot unpack non-iterable %s object", PythonTypeOf.typeName(value));
            }
            throw e;
        }
    }

    @TruffleBoundary
    private Object[] starredItems(Object value) {
        Object[] items = all(value);
        int needed = targets.length - 1;
        if (items.length < needed) {
            throw PythonErrors.valueError(this, "not enough values to unpack (expected at least %d, got %d)", needed,
                    items.length);
        }
        return items;
    }

    @TruffleBoundary
    private Object[] items(Object value) {
        Object[] items = all(value);
        if (items.length < targets.length) {
            throw PythonErrors.valueError(this, "not enough values to unpack (expected %d, got %d)", targets.length,
                    items.length);
        } else if (items.length > targets.length) {
            throw PythonErrors.valueError(this, "too many values to unpack (expected %d)", targets.length);
        }
        return items;
    }

    @Override
    @ExplodeLoop
    public void unbind(VirtualFrame frame) {
        for (AssignTargetNode t : targets) {
            t.unbind(frame);
        }
    }
}

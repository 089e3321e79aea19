package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** A dict display {@code {k: v, **m}}; a null key marks a {@code **mapping} entry. */
public final class DictLiteralNode extends ExpressionNode {
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    public DictLiteralNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PDict dict = new PDict();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                merge(dict, values[i].execute(frame));
            } else {
                Object k = keys[i].execute(frame);
                put(this, dict, k, values[i].execute(frame));
            }
        }
        return dict;
    }

    @TruffleBoundary
    private static void put(com.oracle.truffle.api.nodes.Node location, PDict dict, Object key, Object value) {
        dict.setItem(location, key, value);
    }

    @TruffleBoundary
    private void merge(PDict dict, Object mapping) {
        mergeMapping(this, dict, mapping);
    }

    /** {@code dict.update(mapping)} for a mapping: a dict, or anything with keys() and __getitem__. */
    @TruffleBoundary
    public static void mergeMapping(com.oracle.truffle.api.nodes.Node location, PDict dict, Object mapping) {
        if (mapping instanceof PDict d && d.getPythonType().isBuiltin()) {
            dict.putAll(d);
            return;
        }
        Object keys = ObjectProtocol.lookupAttr(location, mapping, "keys");
        if (keys == null) {
            throw PythonErrors.typeError(location, "'%s' object is not a mapping", PythonTypeOf.typeName(mapping));
        }
        for (Object k : Containers.toArray(location, ObjectProtocol.call(location, keys))) {
            dict.setItem(k, PyObjectItems.getItem(location, mapping, k));
        }
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PRange;

/** {@code item in container} (PySequence_Contains). */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PySequenceContainsNode extends PyjNode {
    static final String CONTAINS_METHOD = "__contains__";

    public abstract boolean execute(Object container, Object item);

    @Specialization(guards = "range.getStep() == 1")
    static boolean inSimpleRange(PRange range, long item) {
        return item >= range.getStart() && item < range.getStop();
    }

    /** {@code item in obj} of an instance: its class's {@code __contains__}, cached per class. */
    @Specialization(guards = "isPlainInstance(container)")
    boolean plainInstance(org.pyj.interpreter.runtime.PythonObject container, Object item,
            @com.oracle.truffle.api.dsl.Cached("create(CONTAINS_METHOD)") CallSpecialMethodNode contains,
            @com.oracle.truffle.api.dsl.Cached PyObjectIsTrueNode isTrue) {
        Object r = contains.execute(container, new Object[]{item});
        if (r == CallSpecialMethodNode.NOT_HANDLED) {
            return Containers.contains(this, container, item);
        }
        return isTrue.execute(r);
    }

    /** {@code key in d} of a dict: the key hashed through the per-class caches. */
    @Specialization(guards = "dict.isExactDict()")
    boolean inDict(org.pyj.interpreter.runtime.PDict dict, Object item,
            @com.oracle.truffle.api.dsl.Cached PyDictKeyHashNode hash) {
        return dict.containsKey(this, item, hash.execute(item));
    }

    @Fallback
    boolean generic(Object container, Object item) {
        return Containers.contains(this, container, item);
    }
}

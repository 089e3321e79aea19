package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PRange;

/** {@code item in container} (PySequence_Contains). */
public abstract class PySequenceContainsNode extends PyjNode {
    public abstract boolean execute(Object container, Object item);

    @Specialization(guards = "range.getStep() == 1")
    static boolean inSimpleRange(PRange range, long item) {
        return item >= range.getStart() && item < range.getStop();
    }

    @Fallback
    boolean generic(Object container, Object item) {
        return Containers.contains(this, container, item);
    }
}

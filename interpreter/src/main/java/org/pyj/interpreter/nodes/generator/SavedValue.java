package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * A value a statement node computes itself before a suspension point of the same statement
 * (the current value an augmented assignment reads before evaluating {@code await x} in
 * {@code o.a += await x}): kept in a frame slot, so that a resumption inside the later part
 * uses it instead of computing it again.
 */
public final class SavedValue extends Node {
    private final int generatorSlot;
    private final int slot;
    /** The suspension points of the part evaluated after the value: [from, to). */
    private final int from;
    private final int to;

    public SavedValue(int generatorSlot, int slot, int from, int to) {
        this.generatorSlot = generatorSlot;
        this.slot = slot;
        this.from = from;
        this.to = to;
    }

    /** Whether this is a resumption inside the later part: then {@link #get} has the value. */
    public boolean isSaved(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        if (!g.isResuming()) {
            return false;
        }
        int at = g.getSuspendedAt();
        return at >= from && at < to;
    }

    public Object get(VirtualFrame frame) {
        return frame.getObject(slot);
    }

    public void save(VirtualFrame frame, Object value) {
        frame.setObject(slot, value);
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code slice(start, stop, step)}; None marks an omitted part. */
public final class PSlice implements TruffleObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }

    /** The start, stop, step and length of the slice over a sequence of {@code length} items (PySlice_AdjustIndices). */
    public record Bounds(int start, int stop, int step, int length) {
    }
}

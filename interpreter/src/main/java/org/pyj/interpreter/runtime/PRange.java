package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A Python range with long bounds (ranges beyond long come with the core language issue). */
public final class PRange implements TruffleObject {
    private final long start;
    private final long stop;
    private final long step;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    /** The number of elements, as CPython's compute_range_length. */
    public long length() {
        if (step > 0) {
            return start >= stop ? 0 : (stop - start - 1) / step + 1;
        }
        return start <= stop ? 0 : (start - stop - 1) / (-step) + 1;
    }
}

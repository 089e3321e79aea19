package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A traceback object ({@code exc.__traceback__}): one frame and line, then the next, inward. */
public final class PTraceback implements TruffleObject {
    private final PFrame frame;
    private final int lineno;
    private final PTraceback next;

    public PTraceback(PFrame frame, int lineno, PTraceback next) {
        this.frame = frame;
        this.lineno = lineno;
        this.next = next;
    }

    public PFrame frame() {
        return frame;
    }

    public int lineno() {
        return lineno;
    }

    public PTraceback next() {
        return next;
    }
}

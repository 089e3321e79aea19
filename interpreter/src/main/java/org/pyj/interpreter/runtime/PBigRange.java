package org.pyj.interpreter.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/** A range whose bounds do not all fit in a long (the slow, general form of {@link PRange}). */
public final class PBigRange implements TruffleObject {
    private final BigInteger start;
    private final BigInteger stop;
    private final BigInteger step;

    public PBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public BigInteger getStart() {
        return start;
    }

    public BigInteger getStop() {
        return stop;
    }

    public BigInteger getStep() {
        return step;
    }

    @TruffleBoundary
    public BigInteger length() {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }
}

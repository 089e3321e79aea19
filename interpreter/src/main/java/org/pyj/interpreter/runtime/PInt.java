package org.pyj.interpreter.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A Python int outside the range of {@code long}. Invariant: the value never fits in a long, so
 * every int value has one representation ({@code int}/{@code long} when small, PInt otherwise).
 */
public final class PInt implements TruffleObject, Comparable<PInt> {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigInteger value;

    private PInt(BigInteger value) {
        this.value = value;
    }

    public BigInteger getValue() {
        return value;
    }

    /** The canonical Python int for {@code v}: a Long when it fits, else a PInt. */
    @TruffleBoundary
    public static Object normalize(BigInteger v) {
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return new PInt(v);
    }

    @TruffleBoundary
    public static BigInteger toBig(long v) {
        return BigInteger.valueOf(v);
    }

    public static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return value.toString();
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        return o instanceof PInt p && p.value.equals(value);
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    @TruffleBoundary
    public int compareTo(PInt o) {
        return value.compareTo(o.value);
    }
}

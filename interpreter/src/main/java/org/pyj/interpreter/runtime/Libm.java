package org.pyj.interpreter.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The libm functions behind CPython's complex abs and pow, giving glibc's results to the last
 * bit where Java's differ (repr shows every bit). Java's hypot and atan2 (fdlibm's) are within
 * one ulp but disagree with glibc for about a fifth of all arguments; exp, log, pow, sin and cos
 * ({@link Math}'s) agree nearly always and are used as they are.
 */
public final class Libm {
    private static final MathContext MC = new MathContext(60);
    private static final double SCALE = 0x1p-600;
    private static final double LARGE = 0x1p+511;
    private static final double TINY = 0x1p-511;
    private static final double EPS = 0x1p-54;

    private Libm() {
    }

    /**
     * glibc's hypot (2.35 and later, without FMA): Borges' correction of the naive root, with
     * scaling for huge and tiny arguments. Plain double operations, so Java gets the same bits.
     */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        } else if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = Math.max(x, y);
        double ay = Math.min(x, y);
        if (ax > LARGE) {
            if (ay <= ax * EPS) {
                return ax + ay;
            }
            return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
        }
        if (ay < TINY) {
            if (ax >= ay / EPS) {
                return ax + ay;
            }
            return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
        }
        if (ay <= ax * EPS) {
            return ax + ay;
        }
        return hypotKernel(ax, ay);
    }

    /** For ax >= ay >= 0 whose squares neither overflow nor underflow. */
    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    /**
     * atan2(y, x) correctly rounded, as glibc's nearly always is: fdlibm's angle r0, corrected
     * by the angle between (x, y) and (cos r0, sin r0) computed in 60 digits. Zeros, infinities
     * and NaNs keep fdlibm's (exact) answers. Slow: for slow paths only.
     */
    @TruffleBoundary
    public static double atan2(double y, double x) {
        double r0 = StrictMath.atan2(y, x);
        if (x == 0 || y == 0 || Double.isInfinite(x) || Double.isInfinite(y) || Double.isNaN(r0)) {
            return r0;
        }
        BigDecimal t = new BigDecimal(r0);
        BigDecimal c = cos(t);
        BigDecimal s = sin(t);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal by = new BigDecimal(y);
        // tan(theta - r0) = (y cos r0 - x sin r0) / (x cos r0 + y sin r0); it is tiny, so atan(d) = d here.
        BigDecimal num = by.multiply(c, MC).subtract(bx.multiply(s, MC), MC);
        BigDecimal den = bx.multiply(c, MC).add(by.multiply(s, MC), MC);
        BigDecimal d = num.divide(den, MC);
        return t.add(d, MC).doubleValue();
    }

    /** Taylor series, for |t| <= pi. */
    private static BigDecimal sin(BigDecimal t) {
        BigDecimal t2 = t.multiply(t, MC);
        BigDecimal term = t;
        BigDecimal sum = t;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(t2, MC).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), MC).negate();
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().scaleByPowerOfTen(-62)) < 0) {
                break;
            }
        }
        return sum;
    }

    private static BigDecimal cos(BigDecimal t) {
        BigDecimal t2 = t.multiply(t, MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(t2, MC).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), MC).negate();
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-64)) < 0) {
                break;
            }
        }
        return sum;
    }
}

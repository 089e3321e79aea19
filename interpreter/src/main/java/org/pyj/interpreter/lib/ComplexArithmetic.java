package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.Libm;
import org.pyj.interpreter.runtime.PComplex;
import org.pyj.interpreter.runtime.PyHash;

/**
 * complex's number slots (complex_add ... complex_pow, complex_abs, complex_richcompare,
 * complex_hash) with CPython's results and errors. An operand that is an int, bool or float
 * takes part as a complex with a zero imaginary part (to_complex); anything else makes the
 * slot answer "not implemented" (null here), leaving the error to the caller.
 */
public final class ComplexArithmetic {
    /** CPython's _PyHASH_IMAG: the weight of the imaginary part's hash. */
    private static final long HASH_IMAG = 1000003L;

    private ComplexArithmetic() {
    }

    /** The operand as a complex (to_complex), or null when it is not a number. */
    @TruffleBoundary
    public static PComplex coerce(Node location, Object o) {
        if (o instanceof PComplex c) {
            return c;
        } else if (o instanceof Double d) {
            return new PComplex(d, 0.0);
        } else if (BuiltinArithmetic.isInt(o)) {
            return new PComplex(BuiltinArithmetic.toDouble(location, o), 0.0);
        }
        return null;
    }

    /** Whether a binary operator goes to complex's slot: one operand is complex, the other a number. */
    public static boolean applies(Object a, Object b) {
        return (a instanceof PComplex || b instanceof PComplex) && isNumberOrComplex(a) && isNumberOrComplex(b);
    }

    private static boolean isNumberOrComplex(Object o) {
        return o instanceof PComplex || BuiltinArithmetic.isNumber(o);
    }

    @TruffleBoundary
    public static PComplex add(Node location, Object a, Object b) {
        return coerce(location, a).add(coerce(location, b));
    }

    @TruffleBoundary
    public static PComplex subtract(Node location, Object a, Object b) {
        return coerce(location, a).subtract(coerce(location, b));
    }

    @TruffleBoundary
    public static PComplex multiply(Node location, Object a, Object b) {
        return coerce(location, a).multiply(coerce(location, b));
    }

    @TruffleBoundary
    public static PComplex trueDivide(Node location, Object a, Object b) {
        PComplex r = coerce(location, a).divide(coerce(location, b));
        if (r == null) {
            throw PythonErrors.zeroDivision(location, "complex division by zero");
        }
        return r;
    }

    /**
     * complex_pow: an integral exponent up to 100 in magnitude is computed by repeated
     * multiplication (more accurate), anything else through polar form. CPython reads libm's
     * errno afterwards: EDOM (zero to a negative or complex power, or the sine of an infinite
     * phase) is a ZeroDivisionError; an infinite part of the result is an OverflowError.
     */
    @TruffleBoundary
    public static PComplex power(Node location, Object a, Object b) {
        PComplex x = coerce(location, a);
        PComplex y = coerce(location, b);
        PComplex r;
        boolean domainError = false;
        if (y.getImag() == 0.0 && y.getReal() == Math.floor(y.getReal()) && Math.abs(y.getReal()) <= 100.0) {
            long n = (long) y.getReal();
            if (n > 0) {
                r = x.powUnsigned(n);
            } else {
                r = PComplex.ONE.divide(x.powUnsigned(-n));
                if (r == null) {
                    domainError = true;
                    r = new PComplex(0.0, 0.0);
                }
            }
        } else if (y.isZero()) {
            r = PComplex.ONE;
        } else if (x.isZero()) {
            domainError = y.getImag() != 0.0 || y.getReal() < 0.0;
            r = new PComplex(0.0, 0.0);
        } else {
            double vabs = Libm.hypot(x.getReal(), x.getImag());
            double len = Math.pow(vabs, y.getReal());
            double at = Libm.atan2(x.getImag(), x.getReal());
            double phase = at * y.getReal();
            if (y.getImag() != 0.0) {
                len /= Math.exp(at * y.getImag());
                phase += y.getImag() * Math.log(vabs);
            }
            // glibc's cos and sin set EDOM for an infinite argument.
            domainError = Double.isInfinite(phase);
            r = new PComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (domainError) {
            throw PythonErrors.zeroDivision(location, "0.0 to a negative or complex power");
        }
        if (Double.isInfinite(r.getReal()) || Double.isInfinite(r.getImag())) {
            throw PythonErrors.overflow(location, "complex exponentiation");
        }
        return r;
    }

    /** complex_abs: C99's rules for infinities and NaNs, else hypot, which may overflow. */
    @TruffleBoundary
    public static double abs(Node location, PComplex z) {
        double re = z.getReal();
        double im = z.getImag();
        if (Double.isInfinite(re)) {
            return Math.abs(re);
        } else if (Double.isInfinite(im)) {
            return Math.abs(im);
        } else if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Libm.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw PythonErrors.overflow(location, "absolute value too large");
        }
        return r;
    }

    /**
     * complex_richcompare for == (the caller negates for !=): a complex equals an int when its
     * imaginary part is zero and its real part equals the int exactly (as float == int does);
     * null when the other operand is not a number (NotImplemented).
     */
    @TruffleBoundary
    public static Boolean equal(Object a, Object b) {
        if (!(a instanceof PComplex)) {
            Object t = a;
            a = b;
            b = t;
        }
        PComplex z = (PComplex) a;
        if (b instanceof PComplex w) {
            return z.getReal() == w.getReal() && z.getImag() == w.getImag();
        } else if (b instanceof Double d) {
            return z.getReal() == d && z.getImag() == 0.0;
        } else if (BuiltinArithmetic.isInt(b)) {
            return z.getImag() == 0.0 && BuiltinArithmetic.compareIntFloat(BuiltinArithmetic.toBig(b), z.getReal()) == 0;
        }
        return null;
    }

    /** complex_hash: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic; a NaN part hashes by identity. */
    @TruffleBoundary
    public static long hash(PComplex z) {
        long nanHash = System.identityHashCode(z);
        long combined = PyHash.ofDouble(z.getReal(), nanHash) + HASH_IMAG * PyHash.ofDouble(z.getImag(), nanHash);
        return combined == -1 ? -2 : combined;
    }
}

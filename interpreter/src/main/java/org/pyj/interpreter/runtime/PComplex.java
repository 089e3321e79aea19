package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A Python {@code complex}: an immutable pair of doubles. The arithmetic here is CPython's
 * (Objects/complexobject.c: _Py_c_sum, _Py_c_prod, _Py_c_quot, c_powu), operation for operation,
 * so that results agree with CPython to the last bit; Python-level errors are the caller's
 * ({@code lib/ComplexArithmetic}).
 */
public final class PComplex implements TruffleObject {
    public static final PComplex ONE = new PComplex(1.0, 0.0);

    private final double real;
    private final double imag;

    public PComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public double getReal() {
        return real;
    }

    public double getImag() {
        return imag;
    }

    public PComplex add(PComplex b) {
        return new PComplex(real + b.real, imag + b.imag);
    }

    public PComplex subtract(PComplex b) {
        return new PComplex(real - b.real, imag - b.imag);
    }

    public PComplex multiply(PComplex b) {
        return new PComplex(real * b.real - imag * b.imag, real * b.imag + imag * b.real);
    }

    public PComplex negate() {
        return new PComplex(-real, -imag);
    }

    public PComplex conjugate() {
        return new PComplex(real, -imag);
    }

    /**
     * Smith's algorithm, dividing through by the larger of the divisor's parts (as _Py_c_quot);
     * null when the divisor is zero (CPython's EDOM). A NaN part in the divisor gives NaNs.
     */
    public PComplex divide(PComplex b) {
        double absReal = Math.abs(b.real);
        double absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PComplex((real + imag * ratio) / denom, (imag - real * ratio) / denom);
        } else if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PComplex((real * ratio + imag) / denom, (imag * ratio - real) / denom);
        }
        return new PComplex(Double.NaN, Double.NaN);
    }

    /** {@code this ** n} for n >= 0 by binary powering in CPython's order of products (c_powu). */
    public PComplex powUnsigned(long n) {
        PComplex r = ONE;
        PComplex p = this;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = r.multiply(p);
            }
            mask <<= 1;
            p = p.multiply(p);
        }
        return r;
    }

    /** Whether both parts are zero (of either sign). */
    public boolean isZero() {
        return real == 0.0 && imag == 0.0;
    }

    @Override
    public String toString() {
        return "PComplex(" + real + ", " + imag + ")";
    }
}

package org.pyj.interpreter.formatting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's PyOS_double_to_string (format_float_short): a double as 'e', 'f', 'g' or 'r'
 * (repr) text. The digits are those of _Py_dg_dtoa, correctly rounded half-even from the
 * exact binary value (BigDecimal), or the shortest round-tripping digits for 'r'.
 */
public final class FloatToString {
    private FloatToString() {
    }

    /**
     * @param code 'e', 'E', 'f', 'F', 'g', 'G' or 'r'
     * @param precision digits after the point ('e', 'f'), significant digits ('g'); 0 for 'r'
     * @param addDot0 Py_DTSF_ADD_DOT_0: integers get ".0" (and 'g' switches to exponents one digit earlier)
     * @param alt Py_DTSF_ALT: keep the decimal point and trailing zeros
     * @param noNegativeZero Py_DTSF_NO_NEG_0: a result that rounds to zero loses its minus sign
     */
    @TruffleBoundary
    public static String format(double val, char code, int precision, boolean alwaysSign, boolean addDot0, boolean alt,
            boolean noNegativeZero) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char fc = Character.toLowerCase(code);
        int prec = precision;
        if (fc == 'e') {
            prec++;
        } else if (fc == 'g' && prec == 0) {
            prec = 1;
        }
        boolean negative = val < 0 || (val == 0 && 1 / val < 0);
        StringBuilder out = new StringBuilder();
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            if (Double.isInfinite(val) && negative) {
                out.append('-');
            } else if (alwaysSign) {
                out.append('+');
            }
            String s = Double.isNaN(val) ? "nan" : "inf";
            return out.append(upper ? s.toUpperCase(java.util.Locale.ROOT) : s).toString();
        }
        // The digits (no trailing zeros) and the position of the decimal point, as _Py_dg_dtoa returns them.
        String digits;
        long decpt;
        double a = Math.abs(val);
        if (fc == 'r') {
            // The shortest round-tripping digits, as repr() finds them.
            BigDecimal bd = new BigDecimal(org.pyj.parser.LiteralRepr.floatRepr(a)).stripTrailingZeros();
            digits = bd.unscaledValue().toString();
            decpt = (long) digits.length() - bd.scale();
        } else if (a == 0) {
            digits = "0";
            decpt = 1;
        } else if (fc == 'f') {
            BigDecimal bd = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN);
            if (bd.signum() == 0) {
                digits = "";
                decpt = -prec;
            } else {
                bd = bd.stripTrailingZeros();
                digits = bd.unscaledValue().toString();
                decpt = (long) digits.length() - bd.scale();
            }
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            digits = bd.unscaledValue().toString();
            decpt = (long) digits.length() - bd.scale();
        }
        int digitsLen = digits.length();
        if (noNegativeZero && negative && (digitsLen == 0 || digits.equals("0"))) {
            negative = false;
        }

        boolean useExp = false;
        long vdigitsEnd = digitsLen;
        switch (fc) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = prec;
            }
            case 'f' -> vdigitsEnd = decpt + prec;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = prec;
                }
            }
            default -> {
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        long exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        long vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }

        if (negative) {
            out.append('-');
        } else if (alwaysSign) {
            out.append('+');
        }
        if (decpt <= 0) {
            zeros(out, decpt - vdigitsStart);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            out.append(digits, 0, (int) decpt).append('.').append(digits, (int) decpt, digitsLen);
        } else {
            out.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(out, decpt - digitsLen);
            out.append('.');
            zeros(out, vdigitsEnd - decpt);
        } else {
            zeros(out, vdigitsEnd - digitsLen);
        }
        if (out.charAt(out.length() - 1) == '.' && !alt) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            long ax = Math.abs(exp);
            if (ax < 10) {
                out.append('0');
            }
            out.append(ax);
        }
        return out.toString();
    }

    /**
     * complex_repr: both parts in repr style without a forced ".0"; a real part of +0.0 is left
     * out (and so are the parentheses), else the imaginary part always carries its sign.
     */
    @TruffleBoundary
    public static String complexRepr(double real, double imag) {
        if (real == 0 && Math.copySign(1.0, real) == 1.0) {
            return format(imag, 'r', 0, false, false, false, false) + "j";
        }
        return "(" + format(real, 'r', 0, false, false, false, false) + format(imag, 'r', 0, true, false, false, false) + "j)";
    }

    private static void zeros(StringBuilder out, long n) {
        for (long i = 0; i < n; i++) {
            out.append('0');
        }
    }
}

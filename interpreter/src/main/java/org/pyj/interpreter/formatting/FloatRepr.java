package org.pyj.interpreter.formatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code repr(float)}: the shortest decimal that round-trips (Java's Double.toString gives the
 * same digits since JDK 19), laid out by CPython's rules: exponent form when the decimal
 * exponent is below -4 or at least 16, else positional with at least one fractional digit.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    @TruffleBoundary
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        boolean negative = (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0;
        String sign = negative ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        String s = Double.toString(Math.abs(d));
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            s = s.substring(0, e);
        }
        int dot = s.indexOf('.');
        String digits = s.substring(0, dot) + s.substring(dot + 1);
        // value = 0.digits * 10^decpt
        int decpt = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java renders at least two digits; Python wants the shortest, so try one digit.
            String one = oneDigit(Math.abs(d), digits, decpt);
            if (one != null) {
                if (one.length() > 1) {
                    decpt++;
                    one = "1";
                }
                digits = one;
            }
        }
        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int x = decpt - 1;
            sb.append('e').append(x < 0 ? '-' : '+');
            int ax = Math.abs(x);
            if (ax < 10) {
                sb.append('0');
            }
            sb.append(ax);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * A one-digit decimal (d * 10^(decpt-1)) that reads back as {@code v}, the closer of the two
     * neighbours of the two-digit {@code digits}; "10" means the next power of ten; null if none.
     */
    private static String oneDigit(double v, String digits, int decpt) {
        int first = digits.charAt(0) - '0';
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        String best = null;
        java.math.BigDecimal bestDistance = null;
        for (int candidate : new int[]{first, first + 1}) {
            java.math.BigDecimal value = java.math.BigDecimal.valueOf(candidate).scaleByPowerOfTen(decpt - 1);
            if (candidate == 0 || value.doubleValue() != v) {
                continue;
            }
            java.math.BigDecimal distance = value.subtract(exact).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = Integer.toString(candidate);
                bestDistance = distance;
            }
        }
        return best;
    }
}

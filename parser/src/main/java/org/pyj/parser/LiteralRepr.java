package org.pyj.parser;

import java.math.BigDecimal;

/**
 * {@code repr()} of the literal types, exactly as CPython 3.11 writes them: used by the AST dump
 * and by the interpreter's repr of float and str.
 */
public final class LiteralRepr {
    private LiteralRepr() {
    }

    /**
     * {@code repr(float)}: the shortest decimal that round-trips (Java's Double.toString gives
     * the same digits since JDK 19, except that it never writes fewer than two), laid out by
     * CPython's rules: exponent form when the decimal exponent is below -4 or at least 16.
     */
    public static String floatRepr(double d) {
        return floatRepr(d, true);
    }

    /** The imaginary part of {@code repr(complex)}: like float but integral values lose ".0". */
    public static String complexRepr(double imag) {
        return floatRepr(imag, false) + "j";
    }

    private static String floatRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        boolean negative = (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0;
        String sign = negative ? "-" : "";
        if (d == 0) {
            return sign + (addDotZero ? "0.0" : "0");
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
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * Java renders at least two digits; Python wants the shortest. A one-digit decimal
     * (d * 10^(decpt-1)) that reads back as {@code v}, the closer of the two neighbours of the
     * two-digit {@code digits}; "10" means the next power of ten; null if neither round-trips.
     */
    private static String oneDigit(double v, String digits, int decpt) {
        int first = digits.charAt(0) - '0';
        BigDecimal exact = new BigDecimal(v);
        String best = null;
        BigDecimal bestDistance = null;
        for (int candidate : new int[]{first, first + 1}) {
            BigDecimal value = BigDecimal.valueOf(candidate).scaleByPowerOfTen(decpt - 1);
            if (candidate == 0 || value.doubleValue() != v) {
                continue;
            }
            BigDecimal distance = value.subtract(exact).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = Integer.toString(candidate);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** CPython's unicode_repr: quote choice, escapes, and non-printable code points as \x/\\u/\U. */
    public static String stringRepr(String s) {
        return stringRepr(s.codePoints().toArray());
    }

    /** {@link #stringRepr(String)} of a str given by its code points (lone surrogates allowed). */
    public static String stringRepr(int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int cp : codePoints) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(codePoints.length + 2);
        sb.append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** CPython's bytes repr: b'...' with \t, \n, \r, \\, the quote, and \xNN outside printable ASCII. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one code point, from CPython 3.11's own Unicode 14.0 table. */
    public static boolean isPrintable(int cp) {
        if (cp >= 0x20 && cp < 0x7f) {
            return true;
        }
        int[] ranges = PrintableRanges.RANGES;
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Loaded on first use: pairs of (first, last) printable code points, ascending. */
    private static final class PrintableRanges {
        static final int[] RANGES = load();

        private static int[] load() {
            try (java.io.InputStream in = LiteralRepr.class.getResourceAsStream("printable-3.11.txt")) {
                String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n");
                int[] r = new int[2 * lines.length];
                int n = 0;
                for (String line : lines) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int sp = line.indexOf(' ');
                    r[n++] = Integer.parseInt(line.substring(0, sp), 16);
                    r[n++] = Integer.parseInt(line.substring(sp + 1).strip(), 16);
                }
                return java.util.Arrays.copyOf(r, n);
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("pyj: missing resource printable-3.11.txt", e);
            }
        }
    }
}

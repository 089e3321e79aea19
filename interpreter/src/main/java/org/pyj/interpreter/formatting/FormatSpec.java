package org.pyj.interpreter.formatting;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]})
 * for int, float and str, as CPython 3.11's formatter_unicode.c implements it: parsing, the
 * per-type checks in its order, and the number layout (sign, prefix, zero padding that is
 * grouped like the digits). Errors are returned as {@link FormatError} for the caller to raise.
 */
public final class FormatSpec {
    int fill = ' ';
    /** The alignment given, or 0 (each type has its default). */
    char align;
    /** '+', '-', ' ' or 0 when not given. */
    char sign;
    boolean alternate;
    /** A '0' before the width: fill with zeros (numbers: after the sign, unless aligned otherwise). */
    boolean zeroPad;
    long width = -1;
    /** ',' or '_' or 0. */
    char grouping;
    long precision = -1;
    /** The presentation type's code point, or 0. */
    int type;
    boolean noNegativeZero;
    private String typeName = "int";

    /** A format error: CPython's exception type and message. */
    public static final class FormatError extends Exception {
        private static final long serialVersionUID = 1L;

        /** The Python exception CPython raises. */
        public enum Kind {
            VALUE,
            OVERFLOW,
            MEMORY
        }

        private final Kind kind;

        FormatError(String message) {
            this(Kind.VALUE, message);
        }

        FormatError(Kind kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }

        public Kind getKind() {
            return kind;
        }
    }

    /** Parses {@code spec} for a value of type {@code typeName} ("str", "float", "int", "bool"). */
    @TruffleBoundary
    public static FormatSpec parse(String spec, String typeName) throws FormatError {
        FormatSpec f = new FormatSpec();
        f.typeName = typeName;
        int[] s = spec.codePoints().toArray();
        int n = s.length;
        int i = 0;
        boolean fillSpecified = false;
        if (n >= 2 && isAlign(s[1])) {
            f.fill = s[0];
            f.align = (char) s[1];
            fillSpecified = true;
            i = 2;
        } else if (n >= 1 && isAlign(s[0])) {
            f.align = (char) s[0];
            i = 1;
        }
        if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
            f.sign = (char) s[i++];
        }
        if (i < n && s[i] == 'z') {
            f.noNegativeZero = true;
            i++;
        }
        if (i < n && s[i] == '#') {
            f.alternate = true;
            i++;
        }
        if (!fillSpecified && i < n && s[i] == '0') {
            f.zeroPad = true;
            f.fill = '0';
            i++;
        }
        int start = i;
        long[] value = new long[1];
        i = integer(s, i, value);
        if (i > start) {
            f.width = value[0];
        }
        if (i < n && s[i] == ',') {
            f.grouping = ',';
            i++;
        }
        if (i < n && s[i] == '_') {
            if (f.grouping != 0) {
                throw new FormatError("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            i++;
        }
        if (i < n && s[i] == ',' && f.grouping == '_') {
            throw new FormatError("Cannot specify both ',' and '_'.");
        }
        if (i < n && s[i] == '.') {
            i++;
            start = i;
            i = integer(s, i, value);
            if (i == start) {
                throw new FormatError("Format specifier missing precision");
            }
            f.precision = value[0];
        }
        if (n - i > 1) {
            throw new FormatError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (n - i == 1) {
            f.type = s[i];
        }
        if (f.grouping != 0) {
            int t = f.type != 0 ? f.type : typeName.equals("str") ? 's' : typeName.equals("float") || typeName.equals("complex") ? 0 : 'd';
            switch (t) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    throw new FormatError("Cannot specify ',' with '" + (char) t + "'.");
                default:
                    throw new FormatError(t > 32 && t < 128 ? "Cannot specify '" + f.grouping + "' with '" + (char) t + "'."
                            : "Cannot specify '" + f.grouping + "' with '\\x" + Integer.toHexString(t) + "'.");
            }
        }
        return f;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** get_integer: decimal digits (any script's) from {@code i}; returns the index after them. */
    private static int integer(int[] s, int start, long[] value) throws FormatError {
        long v = 0;
        int i = start;
        for (; i < s.length; i++) {
            int d = Character.getType(s[i]) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(s[i], 10) : -1;
            if (d < 0) {
                break;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw new FormatError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        value[0] = v;
        return i;
    }

    private FormatError unknownType() {
        String code = type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
        return new FormatError("Unknown format code '" + code + "' for object of type '" + typeName + "'");
    }

    // ------------------------------------------------------------------ str

    @TruffleBoundary
    public String formatString(String s) throws FormatError {
        if (type != 0 && type != 's') {
            throw unknownType();
        }
        if (sign != 0) {
            throw new FormatError(sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (noNegativeZero) {
            throw new FormatError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alternate) {
            throw new FormatError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw new FormatError("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        String body = s;
        if (precision >= 0 && len > precision) {
            body = s.substring(0, s.offsetByCodePoints(0, (int) precision));
            len = (int) precision;
        }
        if (width <= len) {
            return body;
        }
        long total = width - len;
        char a = align == 0 ? '<' : align;
        long left = a == '>' ? total : a == '^' ? total / 2 : 0;
        StringBuilder out = new StringBuilder();
        repeat(out, fill, left);
        out.append(body);
        repeat(out, fill, total - left);
        return out.toString();
    }

    // ------------------------------------------------------------------ int

    @TruffleBoundary
    public String formatInt(BigInteger v) throws FormatError {
        int t = type == 0 ? 'd' : type;
        switch (t) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G', '%': {
                double d = v.doubleValue();
                if (Double.isInfinite(d)) {
                    throw new FormatError(FormatError.Kind.OVERFLOW, "int too large to convert to float");
                }
                return formatFloat(d, false);
            }
            default:
                throw unknownType();
        }
        if (precision != -1) {
            throw new FormatError("Precision not allowed in integer format specifier");
        }
        if (noNegativeZero) {
            throw new FormatError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (t == 'c') {
            if (sign != 0) {
                throw new FormatError("Sign not allowed with integer format specifier 'c'");
            }
            if (alternate) {
                throw new FormatError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw new FormatError(FormatError.Kind.OVERFLOW, "Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.longValue() > 0x10FFFF) {
                throw new FormatError(FormatError.Kind.OVERFLOW, "%c arg not in range(0x110000)");
            }
            // The character is laid out as a number's "remainder": no digits to group.
            return number(false, "", "", new String(Character.toChars(v.intValue())), 0);
        }
        int radix = switch (t) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = v.abs().toString(radix);
        String prefix = "";
        if (alternate && radix != 10) {
            prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        }
        if (t == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
        }
        int groupSize = t == 'n' || grouping == 0 ? 0 : radix == 10 ? 3 : 4;
        return number(v.signum() < 0, prefix, digits, "", groupSize);
    }

    // ------------------------------------------------------------------ float

    /** format_float_internal; {@code fromFloat} is unused (ints come here already converted). */
    @TruffleBoundary
    public String formatFloat(double value, boolean fromFloat) throws FormatError {
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                break;
            default:
                throw unknownType();
        }
        if (precision > Integer.MAX_VALUE) {
            throw new FormatError("precision too big");
        }
        int t = type;
        int defaultPrecision = 6;
        boolean addDot0 = false;
        if (t == 0) {
            addDot0 = true;
            t = 'r';
            defaultPrecision = 0;
        }
        if (t == 'n') {
            t = 'g';
        }
        double val = value;
        boolean percent = false;
        if (t == '%') {
            t = 'f';
            val *= 100;
            percent = true;
        }
        int p = (int) precision;
        if (precision < 0) {
            p = defaultPrecision;
        } else if (t == 'r') {
            t = 'g';
        }
        String buf = FloatToString.format(val, (char) t, p, false, addDot0, alternate, noNegativeZero);
        if (percent) {
            buf += "%";
        }
        boolean negative = buf.startsWith("-");
        if (negative) {
            buf = buf.substring(1);
        }
        int intEnd = 0;
        while (intEnd < buf.length() && buf.charAt(intEnd) >= '0' && buf.charAt(intEnd) <= '9') {
            intEnd++;
        }
        int groupSize = type == 'n' || grouping == 0 ? 0 : 3;
        return number(negative, "", buf.substring(0, intEnd), buf.substring(intEnd), groupSize);
    }

    // ------------------------------------------------------------------ complex

    /**
     * format_complex_internal: both parts formatted as floats (no forced ".0"), the imaginary one
     * with a sign, then "j"; without a type it is repr's layout (parentheses, or only the
     * imaginary part when the real part is +0.0). Padding applies to the whole.
     */
    @TruffleBoundary
    public String formatComplex(double re, double im) throws FormatError {
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
                break;
            default:
                throw unknownType();
        }
        if (precision > Integer.MAX_VALUE) {
            throw new FormatError("precision too big");
        }
        if (fill == '0') {
            throw new FormatError("Zero padding is not allowed in complex format specifier");
        }
        if (align == '=') {
            throw new FormatError("'=' alignment flag is not allowed in complex format specifier");
        }
        int t = type;
        int defaultPrecision = 6;
        boolean skipReal = false;
        boolean parens = false;
        if (t == 0) {
            t = 'r';
            defaultPrecision = 0;
            skipReal = re == 0 && Math.copySign(1.0, re) == 1.0;
            parens = !skipReal;
        }
        if (t == 'n') {
            t = 'g';
        }
        int p = (int) precision;
        if (precision < 0) {
            p = defaultPrecision;
        } else if (t == 'r') {
            t = 'g';
        }
        int groupSize = type == 'n' || grouping == 0 ? 0 : 3;
        StringBuilder body = new StringBuilder();
        if (parens) {
            body.append('(');
        }
        if (!skipReal) {
            body.append(complexPart(FloatToString.format(re, (char) t, p, false, false, alternate, noNegativeZero), sign,
                    groupSize));
        }
        body.append(complexPart(FloatToString.format(im, (char) t, p, false, false, alternate, noNegativeZero),
                skipReal ? sign : '+', groupSize)).append('j');
        if (parens) {
            body.append(')');
        }
        long padding = width - body.length();
        StringBuilder out = new StringBuilder();
        long left = 0;
        if (padding > 0) {
            char a = align == 0 ? '>' : align;
            left = a == '>' ? padding : a == '^' ? padding / 2 : 0;
        }
        repeat(out, fill, left);
        out.append(body);
        repeat(out, fill, Math.max(0, padding - left));
        return out.toString();
    }

    /** One part of a complex: its sign (by the given sign option), grouped integer digits, the rest. */
    private String complexPart(String buf, char signOption, int groupSize) throws FormatError {
        boolean negative = buf.startsWith("-");
        if (negative) {
            buf = buf.substring(1);
        }
        int intEnd = 0;
        while (intEnd < buf.length() && buf.charAt(intEnd) >= '0' && buf.charAt(intEnd) <= '9') {
            intEnd++;
        }
        String digits = buf.substring(0, intEnd);
        String grouped = digits.isEmpty() ? "" : group(digits, groupSize, grouping, 0);
        String signStr = negative ? "-" : signOption == '+' ? "+" : signOption == ' ' ? " " : "";
        return signStr + grouped + buf.substring(intEnd);
    }

    // ------------------------------------------------------------------ number layout

    /**
     * calc_number_widths + fill_number: {@code [lpad][sign][prefix][spad]digits[remainder][rpad]}, where
     * zero padding after the sign ('=' with fill '0') extends the digits and is grouped with them.
     */
    private String number(boolean negative, String prefix, String digits, String remainder, int groupSize)
            throws FormatError {
        String signStr = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        char a = align != 0 ? align : zeroPad ? '=' : '>';
        char sep = grouping == 0 ? 0 : grouping;
        long nonDigits = signStr.length() + prefix.length() + remainder.codePointCount(0, remainder.length());
        long minWidth = fill == '0' && a == '=' ? width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, groupSize, sep, minWidth);
        long padding = width - (nonDigits + grouped.length());
        StringBuilder out = new StringBuilder();
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (a) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        repeat(out, fill, lpad);
        out.append(signStr).append(prefix);
        repeat(out, fill, spad);
        out.append(grouped).append(remainder);
        repeat(out, fill, rpad);
        return out.toString();
    }

    /**
     * _PyUnicode_InsertThousandsGrouping: separators every {@code size} digits from the right
     * (none when size is 0), with leading zeros added until the result is {@code minWidth} long.
     */
    private static String group(String digits, int size, char sep, long minWidth) throws FormatError {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        long min = minWidth;
        if (min > Integer.MAX_VALUE - 8) {
            throw new FormatError(FormatError.Kind.MEMORY, "");
        }
        boolean useSeparator = false;
        boolean broken = false;
        if (size > 0) {
            while (true) {
                long l = Math.min(size, Math.max(Math.max(remaining, min), 1));
                int chars = (int) Math.max(0, Math.min(remaining, l));
                long zeros = Math.max(0, l - remaining);
                if (useSeparator) {
                    out.append(sep);
                }
                out.append(new StringBuilder(digits.substring(remaining - chars, remaining)).reverse());
                repeat(out, '0', zeros);
                useSeparator = true;
                remaining -= chars;
                min -= l;
                if (remaining <= 0 && min <= 0) {
                    broken = true;
                    break;
                }
                min -= 1;
            }
        }
        if (!broken) {
            long l = Math.max(Math.max(remaining, min), 1);
            int chars = (int) Math.max(0, Math.min(remaining, l));
            long zeros = Math.max(0, l - remaining);
            if (useSeparator) {
                out.append(sep);
            }
            out.append(new StringBuilder(digits.substring(remaining - chars, remaining)).reverse());
            repeat(out, '0', zeros);
        }
        // Built from the right, reversed.
        return out.reverse().toString();
    }

    private static void repeat(StringBuilder out, int cp, long n) throws FormatError {
        if (n > Integer.MAX_VALUE - 8 - out.length()) {
            throw new FormatError(FormatError.Kind.MEMORY, "");
        }
        for (long i = 0; i < n; i++) {
            out.appendCodePoint(cp);
        }
    }
}

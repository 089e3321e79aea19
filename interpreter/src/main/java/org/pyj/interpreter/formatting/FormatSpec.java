package org.pyj.interpreter.formatting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.pyj.parser.LiteralRepr;

/**
 * Python's format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]})
 * for int, float and str, as CPython 3.11's {@code format()} implements it. Errors are returned
 * as {@link FormatError} for the caller to raise as ValueError.
 */
public final class FormatSpec {
    char fill = ' ';
    char align;
    char sign = '-';
    boolean alternate;
    boolean zeroPad;
    int width = -1;
    char grouping;
    int precision = -1;
    char type;
    boolean noNegativeZero;

    /** A format error: CPython's ValueError message. */
    public static final class FormatError extends Exception {
        private static final long serialVersionUID = 1L;

        FormatError(String message) {
            super(message, null, false, false);
        }
    }

    @TruffleBoundary
    public static FormatSpec parse(String spec) throws FormatError {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            f.noNegativeZero = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            f.zeroPad = true;
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw new FormatError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new FormatError("Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n) {
            f.type = spec.charAt(i++);
        }
        if (i < n) {
            throw new FormatError("Invalid format specifier");
        }
        return f;
    }

    // ------------------------------------------------------------------ str

    @TruffleBoundary
    public String formatString(String s) throws FormatError {
        if (type != 0 && type != 's') {
            throw new FormatError("Unknown format code '" + type + "' for object of type 'str'");
        }
        if (sign != '-') {
            throw new FormatError("Sign not allowed in string format specifier");
        }
        if (alternate) {
            throw new FormatError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw new FormatError("'=' alignment not allowed in string format specifier");
        }
        if (grouping != 0) {
            throw new FormatError("Cannot specify '" + grouping + "' with 's'.");
        }
        String body = s;
        if (precision >= 0 && body.codePointCount(0, body.length()) > precision) {
            body = body.substring(0, body.offsetByCodePoints(0, precision));
        }
        return pad("", body, align == 0 ? '<' : align);
    }

    // ------------------------------------------------------------------ int

    @TruffleBoundary
    public String formatInt(BigInteger v) throws FormatError {
        char t = type == 0 ? 'd' : type;
        if ("eEfFgGn%".indexOf(t) >= 0 && t != 'n') {
            return formatFloat(new BigDecimal(v).doubleValue(), false);
        }
        if (precision >= 0) {
            throw new FormatError("Precision not allowed in integer format specifier");
        }
        if (t == 'c') {
            if (sign != '-') {
                throw new FormatError("Sign not allowed with integer format specifier 'c'");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw new FormatError("%c arg not in range(0x110000)");
            }
            return pad("", new String(Character.toChars(v.intValue())), align == 0 ? '<' : align);
        }
        int radix;
        String prefix = "";
        switch (t) {
            case 'd', 'n' -> radix = 10;
            case 'b' -> {
                radix = 2;
                prefix = "0b";
            }
            case 'o' -> {
                radix = 8;
                prefix = "0o";
            }
            case 'x', 'X' -> {
                radix = 16;
                prefix = t == 'x' ? "0x" : "0X";
            }
            default -> throw new FormatError("Unknown format code '" + t + "' for object of type 'int'");
        }
        if (grouping == ',' && radix != 10) {
            throw new FormatError("Cannot specify ',' with '" + t + "'.");
        }
        String digits = v.abs().toString(radix);
        if (t == 'X') {
            digits = digits.toUpperCase();
        }
        if (grouping != 0) {
            digits = group(digits, radix == 10 ? 3 : 4, grouping);
        }
        String signStr = v.signum() < 0 ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        return padNumber(signStr + (alternate ? prefix : ""), digits, radix == 10 ? 3 : 4);
    }

    // ------------------------------------------------------------------ float

    @TruffleBoundary
    public String formatFloat(double d, boolean fromFloat) throws FormatError {
        char t = type;
        if (t != 0 && "eEfFgGn%".indexOf(t) < 0) {
            throw new FormatError("Unknown format code '" + t + "' for object of type 'float'");
        }
        if (grouping == ',' && t == 'n') {
            throw new FormatError("Cannot specify ',' with 'n'.");
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d)) {
            negative = false;
            body = Character.isUpperCase(t) ? "NAN" : "nan";
        } else if (Double.isInfinite(d)) {
            body = Character.isUpperCase(t) ? "INF" : "inf";
        } else if (t == 0 && precision < 0) {
            // repr-style, with ".0" kept (format(1.0) == '1.0')
            body = LiteralRepr.floatRepr(a);
        } else {
            int p = precision < 0 ? 6 : precision;
            switch (t) {
                case 'f', 'F' -> body = fixed(a, p);
                case '%' -> body = fixed(a * 100, p) + "%";
                case 'e', 'E' -> body = exponent(a, p, t == 'E');
                case 0 -> body = general(a, Math.max(p, 1), false, true);
                default -> body = general(a, p == 0 ? 1 : p, Character.isUpperCase(t), false);
            }
            if (alternate && body.indexOf('.') < 0 && !body.contains("e") && !body.contains("E") && t != '%') {
                body = body + ".";
            }
        }
        if (noNegativeZero && negative && isZero(body)) {
            negative = false;
        }
        String signStr = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        if (grouping != 0) {
            int dot = body.indexOf('.');
            int e = indexOfExponentOrEnd(body);
            int intEnd = dot >= 0 ? dot : e;
            body = group(body.substring(0, intEnd), 3, grouping) + body.substring(intEnd);
        }
        return padNumber(signStr, body, 3);
    }

    private static boolean isZero(String body) {
        for (char c : body.toCharArray()) {
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    private static int indexOfExponentOrEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') {
                return i;
            }
        }
        return s.length();
    }

    /** Exact decimal rounding (half-even on the binary value), as CPython's dtoa does. */
    private static String fixed(double a, int p) {
        return new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String exponent(double a, int p, boolean upper) {
        String digits;
        int exp;
        if (a == 0) {
            digits = "0".repeat(p + 1);
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a);
            BigDecimal r = bd.round(new java.math.MathContext(p + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().abs().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < p + 1) {
                digits = digits + "0".repeat(p + 1 - digits.length());
            }
            digits = digits.substring(0, p + 1);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (p > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int ax = Math.abs(exp);
        if (ax < 10) {
            sb.append('0');
        }
        return sb.append(ax).toString();
    }

    /** The 'g' rule: exponent form when the exponent is below -4 or at least the precision. */
    private String general(double a, int p, boolean upper, boolean noType) {
        if (a == 0) {
            return alternate ? "0." + "0".repeat(p - 1) : (noType ? "0.0" : "0");
        }
        BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - r.scale();
        String s;
        if (exp < -4 || exp >= p) {
            s = exponent(a, p - 1, upper);
            if (!alternate) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String mant = s.substring(0, e);
                if (mant.indexOf('.') >= 0) {
                    mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                s = mant + s.substring(e);
            }
        } else {
            s = fixed(a, Math.max(p - 1 - exp, 0));
            if (!alternate && s.indexOf('.') >= 0) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            if (noType && s.indexOf('.') < 0) {
                s = s + ".0";
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ padding

    private static String group(String digits, int size, char sep) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % size;
        if (first == 0) {
            first = size;
        }
        sb.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += size) {
            sb.append(sep).append(digits, i, i + size);
        }
        return sb.toString();
    }

    /** Pads a number; zero padding with grouping groups the padding zeros too, as CPython does. */
    private String padNumber(String prefix, String body, int groupSize) {
        char a = align == 0 ? '>' : align;
        if (a == '=' && fill == '0' && grouping != 0 && width > 0) {
            int intEnd = 0;
            while (intEnd < body.length() && (Character.isDigit(body.charAt(intEnd)) || body.charAt(intEnd) == grouping)) {
                intEnd++;
            }
            String intDigits = body.substring(0, intEnd).replace(String.valueOf(grouping), "");
            String rest = body.substring(intEnd);
            String grouped = group(intDigits, groupSize, grouping);
            while (prefix.length() + grouped.length() + rest.length() < width) {
                intDigits = "0" + intDigits;
                grouped = group(intDigits, groupSize, grouping);
            }
            return prefix + grouped + rest;
        }
        return pad(prefix, body, a);
    }

    private String pad(String prefix, String body, char a) {
        int len = prefix.codePointCount(0, prefix.length()) + body.codePointCount(0, body.length());
        if (width <= len) {
            return prefix + body;
        }
        int total = width - len;
        String f = String.valueOf(fill);
        return switch (a) {
            case '<' -> prefix + body + f.repeat(total);
            case '^' -> f.repeat(total / 2) + prefix + body + f.repeat(total - total / 2);
            case '=' -> prefix + f.repeat(total) + body;
            default -> f.repeat(total) + prefix + body;
        };
    }
}

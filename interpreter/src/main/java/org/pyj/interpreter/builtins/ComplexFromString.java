package org.pyj.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.runtime.PComplex;

/**
 * {@code complex(str)} as CPython 3.11 reads it (complex_subtype_from_string): Unicode digits and
 * spaces made ASCII first, underscores allowed only between digits, then one of
 * {@code <float>}, {@code <float>j}, {@code <float><signed-float>j}, {@code <float><sign>j},
 * {@code <sign>j} or {@code j}, optionally in parentheses, with surrounding whitespace; each
 * float is what float() accepts (inf, infinity and nan included).
 */
final class ComplexFromString {
    private static final String MALFORMED = "complex() arg is a malformed string";

    private ComplexFromString() {
    }

    @TruffleBoundary
    static PComplex parse(Node location, String text) {
        String s = toAscii(text);
        if (s.indexOf('_') >= 0) {
            s = withoutUnderscores(s);
            if (s == null) {
                throw PythonErrors.valueError(location, "could not convert string to complex: %s",
                        ReprFormatter.stringRepr(text));
            }
        }
        PComplex z = parseAscii(s);
        if (z == null) {
            throw PythonErrors.valueError(location, MALFORMED);
        }
        return z;
    }

    /** _PyUnicode_TransformDecimalAndSpaceToASCII: other non-ASCII characters become '?' (never valid). */
    private static String toAscii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (isUnicodeSpace(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    /** Python's str.isspace for a non-ASCII code point. */
    private static boolean isUnicodeSpace(int cp) {
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** _Py_string_to_number_with_underscores: each '_' between two digits is dropped; else null. */
    private static String withoutUnderscores(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return null; // an embedded NUL ends the C string early
            }
            if (c == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                if (prev == '_' && !isDigit(c)) {
                    return null;
                }
                sb.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : sb.toString();
    }

    /** complex_from_string_inner; null for a malformed string. */
    private static PComplex parseAscii(String s) {
        int n = s.length();
        int i = skipSpaces(s, 0);
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i = skipSpaces(s, i + 1);
        }
        double x = 0.0;
        double y = 0.0;
        double[] value = new double[1];
        int end = parseFloat(s, i, value);
        if (end != i) {
            i = end;
            char c = charAt(s, i);
            if (c == '+' || c == '-') {
                x = value[0];
                end = parseFloat(s, i, value);
                if (end != i) {
                    y = value[0];
                    i = end;
                } else {
                    y = c == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!isJ(charAt(s, i))) {
                    return null;
                }
                i++;
            } else if (isJ(c)) {
                i++;
                y = value[0];
            } else {
                x = value[0];
            }
        } else {
            char c = charAt(s, i);
            if (c == '+' || c == '-') {
                y = c == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!isJ(charAt(s, i))) {
                return null;
            }
            i++;
        }
        i = skipSpaces(s, i);
        if (bracket) {
            if (charAt(s, i) != ')') {
                return null;
            }
            i = skipSpaces(s, i + 1);
        }
        return i == n ? new PComplex(x, y) : null;
    }

    /**
     * _PyOS_ascii_strtod without leading whitespace: a sign, then inf/infinity/nan or decimal
     * digits with an optional point and exponent. Returns the index after the number (start
     * itself when there is none) and stores the correctly rounded value.
     */
    private static int parseFloat(String s, int start, double[] value) {
        int i = start;
        boolean negative = false;
        char c = charAt(s, i);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        if (s.regionMatches(true, i, "inf", 0, 3)) {
            i += 3;
            if (s.regionMatches(true, i, "inity", 0, 5)) {
                i += 5;
            }
            value[0] = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return i;
        } else if (s.regionMatches(true, i, "nan", 0, 3)) {
            value[0] = negative ? -Double.NaN : Double.NaN;
            return i + 3;
        }
        if (charAt(s, i) == '0' && (charAt(s, i + 1) == 'x' || charAt(s, i + 1) == 'X')) {
            return start; // no hexadecimal floats
        }
        int digitsStart = i;
        int digits = 0;
        while (isDigit(charAt(s, i))) {
            i++;
            digits++;
        }
        if (charAt(s, i) == '.') {
            i++;
            while (isDigit(charAt(s, i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return start;
        }
        if (charAt(s, i) == 'e' || charAt(s, i) == 'E') {
            int j = i + 1;
            if (charAt(s, j) == '+' || charAt(s, j) == '-') {
                j++;
            }
            if (isDigit(charAt(s, j))) {
                while (isDigit(charAt(s, j))) {
                    j++;
                }
                i = j;
            }
        }
        double v = Double.parseDouble(s.substring(digitsStart, i));
        value[0] = negative ? -v : v;
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Py_ISSPACE. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isJ(char c) {
        return c == 'j' || c == 'J';
    }

    /** The character at i, or NUL past the end (as reading a C string). */
    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }
}

package org.pyj.parser;

import java.io.ByteArrayOutputStream;

import org.pyj.parser.ast.ConstantValue;

/**
 * Decodes the text of one STRING token (prefix, quotes, escapes) as CPython's string parser does.
 * The result is a Java String of UTF-16 units where each Python code point outside the BMP is a
 * surrogate pair; lone surrogates from {@code \ud800} escapes stay lone.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    record Decoded(Object value, boolean isBytes, boolean isFString, boolean isUnicodePrefixed, boolean isRaw,
            String body, int quoteLength) {
    }

    static Decoded decode(String token, int line, int col) {
        int i = 0;
        boolean raw = false;
        boolean bytes = false;
        boolean fstring = false;
        boolean uprefix = false;
        while (i < token.length() && token.charAt(i) != '\'' && token.charAt(i) != '"') {
            switch (Character.toLowerCase(token.charAt(i))) {
                case 'r' -> raw = true;
                case 'b' -> bytes = true;
                case 'f' -> fstring = true;
                case 'u' -> uprefix = true;
                default -> throw new PySyntaxError("invalid string prefix", line, col + 1);
            }
            i++;
        }
        int quoteLen = token.startsWith("\"\"\"", i) || token.startsWith("'''", i) ? 3 : 1;
        String body = token.substring(i + quoteLen, token.length() - quoteLen);
        if (fstring) {
            return new Decoded(null, false, true, false, raw, body, quoteLen);
        }
        if (bytes) {
            for (int k = 0; k < body.length(); k++) {
                if (body.charAt(k) >= 0x80) {
                    throw new PySyntaxError("bytes can only contain ASCII literal characters", line, col + 1);
                }
            }
            byte[] value = raw ? body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : unescapeBytes(body, line, col);
            return new Decoded(new ConstantValue.Bytes(value), true, false, false, raw, body, quoteLen);
        }
        Object value = raw ? normalizeNewlines(body) : unescape(body, line, col);
        return new Decoded(value, false, false, uprefix, raw, body, quoteLen);
    }

    private static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Decodes escapes; the result is a String, or CodePoints when an escape made a surrogate. */
    static Object unescape(String s, int line, int col) {
        if (s.indexOf('\\') < 0) {
            return normalizeNewlines(s);
        }
        PyStringBuilder sb = new PyStringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.appendCodePoint('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp) - 1;
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.appendCodePoint('\\');
                case '\'' -> sb.appendCodePoint('\'');
                case '"' -> sb.appendCodePoint('"');
                case 'a' -> sb.appendCodePoint(7);
                case 'b' -> sb.appendCodePoint('\b');
                case 'f' -> sb.appendCodePoint('\f');
                case 'n' -> sb.appendCodePoint('\n');
                case 'r' -> sb.appendCodePoint('\r');
                case 't' -> sb.appendCodePoint('\t');
                case 'v' -> sb.appendCodePoint(11);
                case 'x' -> {
                    sb.appendCodePoint(hex(s, i + 1, 2, line, col, "\\xXX"));
                    i += 2;
                }
                case 'u' -> {
                    sb.appendCodePoint(hex(s, i + 1, 4, line, col, "\\uXXXX"));
                    i += 4;
                }
                case 'U' -> {
                    int cp = hex(s, i + 1, 8, line, col, "\\UXXXXXXXX");
                    if (cp > 0x10FFFF) {
                        throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + (i + 8) + ": illegal Unicode character", line, col + 1);
                    }
                    sb.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (i + 1 >= n || s.charAt(i + 1) != '{' || close < 0) {
                        // Without '{' the bad escape is "\N"; with an open '{' it runs to the end.
                        int last = i + 1 < n && s.charAt(i + 1) == '{' ? n - 1 : i;
                        throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + last + ": malformed \\N character escape", line, col + 1);
                    }
                    String name = s.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + close + ": unknown Unicode character name", line, col + 1);
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                            v = v * 8 + (s.charAt(++i) - '0');
                            k++;
                        }
                        sb.appendCodePoint(v);
                    } else {
                        // Invalid escapes are kept as is (a DeprecationWarning in CPython 3.11).
                        int cp = s.codePointAt(i);
                        sb.appendCodePoint('\\').appendCodePoint(cp);
                        i += Character.charCount(cp) - 1;
                    }
                }
            }
        }
        return sb.build();
    }

    private static byte[] unescapeBytes(String s, int line, int col) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.write('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case 'x' -> {
                    int v = 0;
                    for (int k = 1; k <= 2; k++) {
                        int d = i + k < n ? Character.digit(s.charAt(i + k), 16) : -1;
                        if (d < 0) {
                            throw new PySyntaxError("(value error) invalid \\x escape at position " + (i - 1), line, col + 1);
                        }
                        v = v * 16 + d;
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                            v = v * 8 + (s.charAt(++i) - '0');
                            k++;
                        }
                        out.write(v & 0xFF);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static int hex(String s, int from, int count, int line, int col, String form) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = from + k < s.length() ? Character.digit(s.charAt(from + k), 16) : -1;
            if (d < 0) {
                String codec = form.startsWith("\\x") && count == 2 ? "unicodeescape" : "unicodeescape";
                throw new PySyntaxError("(unicode error) '" + codec + "' codec can't decode bytes in position "
                        + (from - 2) + "-" + (from + k - 1) + ": truncated " + form + " escape", line, col + 1);
            }
            v = v * 16 + d;
        }
        return v;
    }
}

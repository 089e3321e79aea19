package org.pyj.interpreter.builtins;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The algorithms behind the methods of bytes and bytearray, on plain byte arrays (the argument
 * handling is in {@link BytesBuiltins}). Case and character classes are ASCII-only, as in
 * CPython's bytes_methods.c.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    static boolean isAlpha(int b) {
        return isLower(b) || isUpper(b);
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    // ------------------------------------------------------------------ search

    /** The first index of {@code sub} in {@code s[start:end]}, or -1. */
    static int find(byte[] s, byte[] sub, int start, int end) {
        if (start > s.length || end - start < sub.length) {
            return -1;
        }
        outer:
        for (int i = start; i <= end - sub.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (s[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int rfind(byte[] s, byte[] sub, int start, int end) {
        if (start > s.length || end - start < sub.length) {
            return -1;
        }
        outer:
        for (int i = end - sub.length; i >= start; i--) {
            for (int j = 0; j < sub.length; j++) {
                if (s[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int count(byte[] s, byte[] sub, int start, int end, int max) {
        if (start > s.length || end - start < sub.length) {
            return 0;
        }
        if (sub.length == 0) {
            return Math.min(end - start + 1, max);
        }
        int n = 0;
        for (int i = find(s, sub, start, end); i >= 0 && n < max; i = find(s, sub, i + sub.length, end)) {
            n++;
        }
        return n;
    }

    static boolean startsWith(byte[] s, byte[] prefix, int start, int end) {
        if (start > s.length || end - start < prefix.length) {
            return false;
        }
        return Arrays.equals(s, start, start + prefix.length, prefix, 0, prefix.length);
    }

    static boolean endsWith(byte[] s, byte[] suffix, int start, int end) {
        if (start > s.length || end - start < suffix.length) {
            return false;
        }
        return Arrays.equals(s, end - suffix.length, end, suffix, 0, suffix.length);
    }

    // ------------------------------------------------------------------ split and strip

    static List<byte[]> split(byte[] s, byte[] sep, int maxsplit) {
        List<byte[]> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Integer.MAX_VALUE;
        }
        if (sep == null) {
            int i = 0;
            int n = s.length;
            while (true) {
                while (i < n && isSpace(s[i] & 0xff)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (out.size() == maxsplit) {
                    out.add(Arrays.copyOfRange(s, i, n));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s[j] & 0xff)) {
                    j++;
                }
                out.add(Arrays.copyOfRange(s, i, j));
                i = j;
            }
            return out;
        }
        int i = 0;
        while (out.size() < maxsplit) {
            int j = find(s, sep, i, s.length);
            if (j < 0) {
                break;
            }
            out.add(Arrays.copyOfRange(s, i, j));
            i = j + sep.length;
        }
        out.add(Arrays.copyOfRange(s, i, s.length));
        return out;
    }

    static List<byte[]> rsplit(byte[] s, byte[] sep, int maxsplit) {
        List<byte[]> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Integer.MAX_VALUE;
        }
        if (sep == null) {
            int j = s.length;
            while (true) {
                while (j > 0 && isSpace(s[j - 1] & 0xff)) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (out.size() == maxsplit) {
                    out.add(Arrays.copyOfRange(s, 0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s[i - 1] & 0xff)) {
                    i--;
                }
                out.add(Arrays.copyOfRange(s, i, j));
                j = i;
            }
        } else {
            int j = s.length;
            while (out.size() < maxsplit) {
                int i = rfind(s, sep, 0, j);
                if (i < 0) {
                    break;
                }
                out.add(Arrays.copyOfRange(s, i + sep.length, j));
                j = i;
            }
            out.add(Arrays.copyOfRange(s, 0, j));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    static List<byte[]> splitlines(byte[] s, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length;
        while (i < n) {
            int j = i;
            while (j < n && s[j] != '\n' && s[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s[j] == '\r' && j + 1 < n && s[j + 1] == '\n' ? 2 : 1;
            }
            out.add(Arrays.copyOfRange(s, i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    /** {@code strip}: {@code chars} null means ASCII whitespace. */
    static byte[] strip(byte[] s, byte[] chars, boolean left, boolean right) {
        boolean[] set = new boolean[256];
        if (chars == null) {
            for (int b = 0; b < 256; b++) {
                set[b] = isSpace(b);
            }
        } else {
            for (byte b : chars) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = s.length;
        if (left) {
            while (i < j && set[s[i] & 0xff]) {
                i++;
            }
        }
        if (right) {
            while (j > i && set[s[j - 1] & 0xff]) {
                j--;
            }
        }
        return Arrays.copyOfRange(s, i, j);
    }

    // ------------------------------------------------------------------ building

    static byte[] replace(byte[] s, byte[] old, byte[] rep, int max) {
        if (max < 0) {
            max = Integer.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        if (old.length == 0) {
            int n = 0;
            for (int i = 0; i <= s.length; i++) {
                if (n < max) {
                    out.writeBytes(rep);
                    n++;
                }
                if (i < s.length) {
                    out.write(s[i]);
                }
            }
            return out.toByteArray();
        }
        int i = 0;
        int n = 0;
        while (n < max) {
            int j = find(s, old, i, s.length);
            if (j < 0) {
                break;
            }
            out.write(s, i, j - i);
            out.writeBytes(rep);
            i = j + old.length;
            n++;
        }
        out.write(s, i, s.length - i);
        return out.toByteArray();
    }

    static byte[] pad(byte[] s, int left, int right, int fill) {
        byte[] out = new byte[s.length + left + right];
        Arrays.fill(out, 0, left, (byte) fill);
        System.arraycopy(s, 0, out, left, s.length);
        Arrays.fill(out, left + s.length, out.length, (byte) fill);
        return out;
    }

    static byte[] zfill(byte[] s, int width) {
        if (s.length >= width) {
            return s.clone();
        }
        int fill = width - s.length;
        byte[] out = pad(s, fill, 0, '0');
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            out[0] = s[0];
            out[fill] = '0';
        }
        return out;
    }

    static byte[] expandtabs(byte[] s, int tabsize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int column = 0;
        for (byte b : s) {
            if (b == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - column % tabsize;
                    for (int k = 0; k < spaces; k++) {
                        out.write(' ');
                    }
                    column += spaces;
                }
            } else {
                out.write(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ case

    static byte[] lower(byte[] s) {
        byte[] out = s.clone();
        for (int i = 0; i < out.length; i++) {
            if (isUpper(out[i])) {
                out[i] += 32;
            }
        }
        return out;
    }

    static byte[] upper(byte[] s) {
        byte[] out = s.clone();
        for (int i = 0; i < out.length; i++) {
            if (isLower(out[i])) {
                out[i] -= 32;
            }
        }
        return out;
    }

    static byte[] swapcase(byte[] s) {
        byte[] out = s.clone();
        for (int i = 0; i < out.length; i++) {
            if (isLower(out[i])) {
                out[i] -= 32;
            } else if (isUpper(out[i])) {
                out[i] += 32;
            }
        }
        return out;
    }

    static byte[] capitalize(byte[] s) {
        byte[] out = lower(s);
        if (out.length > 0 && isLower(out[0])) {
            out[0] -= 32;
        }
        return out;
    }

    static byte[] title(byte[] s) {
        byte[] out = s.clone();
        boolean previousCased = false;
        for (int i = 0; i < out.length; i++) {
            int b = out[i];
            if (isLower(b)) {
                if (!previousCased) {
                    out[i] -= 32;
                }
                previousCased = true;
            } else if (isUpper(b)) {
                if (previousCased) {
                    out[i] += 32;
                }
                previousCased = true;
            } else {
                previousCased = false;
            }
        }
        return out;
    }

    static boolean isTitle(byte[] s) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte b : s) {
            if (isUpper(b)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(b)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ------------------------------------------------------------------ text forms

    /** {@code repr(b)}: b'...' in the quotes CPython picks. */
    static String repr(byte[] s, int length) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < length; i++) {
            single |= s[i] == '\'';
            dbl |= s[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(length + 3).append('b').append(quote);
        for (int i = 0; i < length; i++) {
            int b = s[i] & 0xff;
            if (b == quote || b == '\\') {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b < 0x20 || b >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            } else {
                sb.append((char) b);
            }
        }
        return sb.append(quote).toString();
    }

    static String hex(byte[] s, String sep, int bytesPerSep) {
        StringBuilder sb = new StringBuilder(s.length * 3);
        int group = Math.abs(bytesPerSep);
        for (int i = 0; i < s.length; i++) {
            if (sep != null && group > 0 && i > 0) {
                // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
                boolean boundary = bytesPerSep > 0 ? (s.length - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            int b = s[i] & 0xff;
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}

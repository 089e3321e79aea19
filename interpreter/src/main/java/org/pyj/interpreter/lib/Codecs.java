package org.pyj.interpreter.lib;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PyStr;

/**
 * {@code str.encode} and {@code bytes.decode} for the codecs Python has built in (CPython's
 * fast paths in unicodeobject.c): UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 with the standard
 * error handlers, and CPython's UnicodeEncodeError/UnicodeDecodeError (args: encoding, object,
 * start, end, reason). Other encodings come with the codecs module (stdlib issue).
 */
public final class Codecs {
    private Codecs() {
    }

    /** The codec's canonical name as CPython's messages show it, or null when unknown. */
    @TruffleBoundary
    public static String canonicalName(String encoding) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf_8_sig", "utf8_sig" -> "utf-8-sig";
            case "ascii", "us_ascii", "646", "us" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100" -> "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> null;
        };
    }

    private static String codec(Node location, String encoding) {
        String c = canonicalName(encoding);
        if (c == null) {
            throw PythonErrors.raise(location, BuiltinTypes.LOOKUP_ERROR, "unknown encoding: %s", encoding);
        }
        return c;
    }

    // ------------------------------------------------------------------ encode

    @TruffleBoundary
    public static byte[] encode(Node location, TruffleString str, String encoding, String errors) {
        String codec = codec(location, encoding);
        int[] cps = PyStr.codePoints(str);
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        int limit = switch (codec) {
            case "ascii" -> 0x80;
            case "latin-1" -> 0x100;
            default -> 0x110000;
        };
        if (codec.equals("utf-16")) {
            writeUnit(out, 0xfeff, 2, false);
        } else if (codec.equals("utf-32")) {
            writeUnit(out, 0xfeff, 4, false);
        } else if (codec.equals("utf-8-sig")) {
            out.write(0xef);
            out.write(0xbb);
            out.write(0xbf);
        }
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp < limit && !(surrogate && limit == 0x110000)) {
                encodeOne(out, codec, cp);
                i++;
                continue;
            }
            // A run of characters the codec cannot encode goes to the error handler at once.
            int end = i + 1;
            while (end < cps.length && (cps[end] >= limit || limit == 0x110000 && cps[end] >= 0xd800 && cps[end] <= 0xdfff)) {
                end++;
            }
            String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            switch (errors) {
                case "strict" -> throw encodeError(location, codec, str, i, end, reason);
                case "ignore" -> {
                }
                case "replace" -> {
                    for (int k = i; k < end; k++) {
                        encodeOne(out, codec, '?');
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) {
                        for (char c : ("&#" + cps[k] + ";").toCharArray()) {
                            encodeOne(out, codec, c);
                        }
                    }
                }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        int c = cps[k];
                        String esc = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                                : String.format("\\U%08x", c);
                        for (char ch : esc.toCharArray()) {
                            encodeOne(out, codec, ch);
                        }
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw encodeError(location, codec, str, k, k + 1, reason);
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                }
                case "surrogatepass" -> {
                    for (int k = i; k < end; k++) {
                        if (!codec.startsWith("utf") || cps[k] < 0xd800 || cps[k] > 0xdfff) {
                            throw encodeError(location, codec, str, k, k + 1, reason);
                        }
                        encodeOne(out, codec, cps[k]);
                    }
                }
                default -> throw PythonErrors.raise(location, BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '%s'", errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static void encodeOne(ByteArrayOutputStream out, String codec, int cp) {
        switch (codec) {
            case "ascii", "latin-1" -> out.write(cp);
            case "utf-8", "utf-8-sig" -> {
                if (cp < 0x80) {
                    out.write(cp);
                } else if (cp < 0x800) {
                    out.write(0xc0 | cp >> 6);
                    out.write(0x80 | cp & 0x3f);
                } else if (cp < 0x10000) {
                    out.write(0xe0 | cp >> 12);
                    out.write(0x80 | cp >> 6 & 0x3f);
                    out.write(0x80 | cp & 0x3f);
                } else {
                    out.write(0xf0 | cp >> 18);
                    out.write(0x80 | cp >> 12 & 0x3f);
                    out.write(0x80 | cp >> 6 & 0x3f);
                    out.write(0x80 | cp & 0x3f);
                }
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean big = codec.equals("utf-16-be");
                if (cp >= 0x10000) {
                    writeUnit(out, 0xd800 + ((cp - 0x10000) >> 10), 2, big);
                    writeUnit(out, 0xdc00 + ((cp - 0x10000) & 0x3ff), 2, big);
                } else {
                    writeUnit(out, cp, 2, big);
                }
            }
            default -> writeUnit(out, cp, 4, codec.equals("utf-32-be"));
        }
    }

    private static void writeUnit(ByteArrayOutputStream out, int unit, int width, boolean bigEndian) {
        for (int b = 0; b < width; b++) {
            int shift = bigEndian ? 8 * (width - 1 - b) : 8 * b;
            out.write(unit >>> shift & 0xff);
        }
    }

    private static PException encodeError(Node location, String codec, TruffleString str, int start, int end, String reason) {
        throw PythonErrors.raiseWithArgs(location, BuiltinTypes.UNICODE_ENCODE_ERROR, PyStr.fromJava(codec), str,
                start, end, PyStr.fromJava(reason));
    }

    // ------------------------------------------------------------------ decode

    @TruffleBoundary
    public static TruffleString decode(Node location, byte[] data, int length, String encoding, String errors) {
        String codec = codec(location, encoding);
        Decoder d = new Decoder(location, codec, data, length, errors);
        switch (codec) {
            case "ascii", "latin-1" -> d.singleByte(codec.equals("ascii") ? 0x80 : 0x100);
            case "utf-8", "utf-8-sig" -> d.utf8(codec.equals("utf-8-sig"));
            case "utf-16", "utf-16-le", "utf-16-be" -> d.utf16(codec);
            default -> d.utf32(codec);
        }
        return PyStr.fromCodePoints(d.result());
    }

    /** The state of one decoding: input, output and the error handler. */
    private static final class Decoder {
        private final Node location;
        private final String codec;
        private final byte[] data;
        private final int length;
        private final String errors;
        private int[] out;
        private int count;

        Decoder(Node location, String codec, byte[] data, int length, String errors) {
            this.location = location;
            this.codec = codec.equals("utf-8-sig") ? "utf-8" : codec;
            this.data = data;
            this.length = length;
            this.errors = errors;
            this.out = new int[Math.max(16, length)];
        }

        int[] result() {
            return java.util.Arrays.copyOf(out, count);
        }

        void emit(int cp) {
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = cp;
        }

        int b(int i) {
            return data[i] & 0xff;
        }

        /** Bytes [start, end) cannot be decoded: applies the error handler. */
        void error(int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw decodeError(start, end, reason);
                case "ignore" -> {
                }
                case "replace" -> emit(0xfffd);
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        for (char c : String.format("\\x%02x", b(k)).toCharArray()) {
                            emit(c);
                        }
                    }
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end; k++) {
                        if (b(k) < 0x80) {
                            throw decodeError(start, end, reason);
                        }
                        emit(0xdc00 + b(k));
                    }
                }
                default -> throw PythonErrors.raise(location, BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '%s'", errors);
            }
        }

        private PException decodeError(int start, int end, String reason) {
            throw PythonErrors.raiseWithArgs(location, BuiltinTypes.UNICODE_DECODE_ERROR, PyStr.fromJava(codec),
                    new PBytes(java.util.Arrays.copyOf(data, length)), start, end, PyStr.fromJava(reason));
        }

        void singleByte(int limit) {
            for (int i = 0; i < length; i++) {
                if (b(i) < limit) {
                    emit(b(i));
                } else {
                    error(i, i + 1, "ordinal not in range(" + limit + ")");
                }
            }
        }

        void utf8(boolean sig) {
            int i = 0;
            if (sig && length >= 3 && b(0) == 0xef && b(1) == 0xbb && b(2) == 0xbf) {
                i = 3;
            }
            while (i < length) {
                int c = b(i);
                if (c < 0x80) {
                    emit(c);
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80;
                int hi = 0xbf;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    lo = c == 0xe0 ? 0xa0 : 0x80;
                    hi = c == 0xed ? 0x9f : 0xbf;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    lo = c == 0xf0 ? 0x90 : 0x80;
                    hi = c == 0xf4 ? 0x8f : 0xbf;
                } else {
                    error(i, i + 1, "invalid start byte");
                    i++;
                    continue;
                }
                int cp = c & (0x3f >> need);
                int j = 1;
                boolean bad = false;
                for (; j <= need; j++) {
                    if (i + j >= length) {
                        error(i, length, "unexpected end of data");
                        i = length;
                        bad = true;
                        break;
                    }
                    int cb = b(i + j);
                    int min = j == 1 ? lo : 0x80;
                    int max = j == 1 ? hi : 0xbf;
                    if (cb < min || cb > max) {
                        error(i, i + j, "invalid continuation byte");
                        i += j;
                        bad = true;
                        break;
                    }
                    cp = cp << 6 | (cb & 0x3f);
                }
                if (!bad) {
                    emit(cp);
                    i += need + 1;
                }
            }
        }

        void utf16(String name) {
            int i = 0;
            boolean big = name.equals("utf-16-be");
            if (name.equals("utf-16") && length >= 2) {
                if (b(0) == 0xff && b(1) == 0xfe) {
                    i = 2;
                } else if (b(0) == 0xfe && b(1) == 0xff) {
                    big = true;
                    i = 2;
                }
            }
            while (i < length) {
                if (i + 1 >= length) {
                    error(i, length, "truncated data");
                    return;
                }
                int u = big ? b(i) << 8 | b(i + 1) : b(i + 1) << 8 | b(i);
                if (u >= 0xd800 && u <= 0xdbff) {
                    if (i + 3 >= length) {
                        error(i, length, "unexpected end of data");
                        return;
                    }
                    int v = big ? b(i + 2) << 8 | b(i + 3) : b(i + 3) << 8 | b(i + 2);
                    if (v >= 0xdc00 && v <= 0xdfff) {
                        emit(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
                        i += 4;
                    } else {
                        error(i, i + 2, "illegal UTF-16 surrogate");
                        i += 2;
                    }
                } else if (u >= 0xdc00 && u <= 0xdfff) {
                    error(i, i + 2, "illegal encoding");
                    i += 2;
                } else {
                    emit(u);
                    i += 2;
                }
            }
        }

        void utf32(String name) {
            int i = 0;
            boolean big = name.equals("utf-32-be");
            if (name.equals("utf-32") && length >= 4) {
                if (b(0) == 0xff && b(1) == 0xfe && b(2) == 0 && b(3) == 0) {
                    i = 4;
                } else if (b(0) == 0 && b(1) == 0 && b(2) == 0xfe && b(3) == 0xff) {
                    big = true;
                    i = 4;
                }
            }
            while (i < length) {
                if (i + 3 >= length) {
                    error(i, length, "truncated data");
                    return;
                }
                long u = big ? (long) b(i) << 24 | b(i + 1) << 16 | b(i + 2) << 8 | b(i + 3)
                        : (long) b(i + 3) << 24 | b(i + 2) << 16 | b(i + 1) << 8 | b(i);
                if (u > 0x10ffff || u >= 0xd800 && u <= 0xdfff) {
                    error(i, i + 4, u > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    emit((int) u);
                }
                i += 4;
            }
        }
    }

    /** CPython's str() of a UnicodeEncodeError/UnicodeDecodeError built with the five arguments. */
    @TruffleBoundary
    public static String errorMessage(boolean encode, Object[] args) {
        String codec = ObjectProtocol.str(null, args[0]).toJavaStringUncached();
        long start = ((Number) args[2]).longValue();
        long end = ((Number) args[3]).longValue();
        String reason = ObjectProtocol.str(null, args[4]).toJavaStringUncached();
        if (encode) {
            TruffleString s = (TruffleString) args[1];
            if (end == start + 1 && start < PyStr.length(s)) {
                int c = PyStr.codePointAt(s, (int) start);
                String ch = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c);
                return String.format("'%s' codec can't encode character '%s' in position %d: %s", codec, ch, start, reason);
            }
            return String.format("'%s' codec can't encode characters in position %d-%d: %s", codec, start, end - 1, reason);
        }
        org.pyj.interpreter.runtime.PBytesLike b = (org.pyj.interpreter.runtime.PBytesLike) args[1];
        if (end == start + 1 && start < b.length()) {
            return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b.get((int) start), start, reason);
        }
        return String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end - 1, reason);
    }
}

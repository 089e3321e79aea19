package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python str values are TruffleStrings in UTF-32, so indexing and length count code points and
 * lone surrogates are representable. These helpers are the slow-path conversions.
 */
public final class PyStr {
    public static final TruffleString.Encoding ENCODING = TruffleString.Encoding.UTF_32;
    public static final TruffleString EMPTY = fromJava("");

    private PyStr() {
    }

    @TruffleBoundary
    public static TruffleString fromJava(String s) {
        return TruffleString.fromJavaStringUncached(s, ENCODING);
    }

    /** A str from code points, lone surrogates included (UTF-32 keeps each one). */
    @TruffleBoundary
    public static TruffleString fromCodePoints(int[] codePoints) {
        return TruffleString.fromIntArrayUTF32Uncached(codePoints);
    }

    /** Every code point of {@code s}. */
    @TruffleBoundary
    public static int[] codePoints(TruffleString s) {
        int[] out = new int[s.codePointLengthUncached(ENCODING)];
        com.oracle.truffle.api.strings.TruffleStringIterator it = s.createCodePointIteratorUncached(ENCODING);
        for (int i = 0; it.hasNext(); i++) {
            out[i] = it.nextUncached(ENCODING);
        }
        return out;
    }

    @TruffleBoundary
    public static String toJava(TruffleString s) {
        return s.toJavaStringUncached();
    }

    @TruffleBoundary
    public static int length(TruffleString s) {
        return s.codePointLengthUncached(ENCODING);
    }

    @TruffleBoundary
    public static int codePointAt(TruffleString s, int index) {
        return s.codePointAtIndexUncached(index, ENCODING);
    }

    @TruffleBoundary
    public static TruffleString fromCodePoint(int cp) {
        return TruffleString.fromCodePointUncached(cp, ENCODING, true);
    }

    @TruffleBoundary
    public static TruffleString concat(TruffleString a, TruffleString b) {
        return a.concatUncached(b, ENCODING, true);
    }

    /** Lexicographic comparison by code point, as CPython compares str. */
    @TruffleBoundary
    public static int compare(TruffleString a, TruffleString b) {
        return a.compareIntsUTF32Uncached(b);
    }

    @TruffleBoundary
    public static boolean equal(TruffleString a, TruffleString b) {
        return a.equalsUncached(b, ENCODING);
    }

    @TruffleBoundary
    public static boolean contains(TruffleString haystack, TruffleString needle) {
        int n = needle.codePointLengthUncached(ENCODING);
        if (n == 0) {
            return true;
        }
        return haystack.indexOfStringUncached(needle, 0, haystack.codePointLengthUncached(ENCODING), ENCODING) >= 0;
    }
}

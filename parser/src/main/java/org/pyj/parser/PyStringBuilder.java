package org.pyj.parser;

import java.util.Arrays;

import org.pyj.parser.ast.ConstantValue;

/**
 * Builds a Python str by code points. Python keeps escaped surrogates ("\\ud83d\\ude00") as
 * separate code points, which a Java String cannot tell from one astral character; such
 * strings come out as {@link ConstantValue.CodePoints}, all others as a plain String.
 */
final class PyStringBuilder {
    private int[] codePoints = new int[16];
    private int size;
    private boolean hasSurrogate;

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends source text: valid surrogate pairs are one code point. */
    PyStringBuilder append(String s) {
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendCodePoint(cp);
        }
        return this;
    }

    /** Appends a decoded literal: a String or {@link ConstantValue.CodePoints}. */
    PyStringBuilder append(Object value) {
        if (value instanceof ConstantValue.CodePoints c) {
            for (int cp : c.value()) {
                appendCodePoint(cp);
            }
            return this;
        }
        return append((String) value);
    }

    /** Appends one code point as is (an escaped surrogate stays a lone code point). */
    PyStringBuilder appendCodePoint(int cp) {
        if (size == codePoints.length) {
            codePoints = Arrays.copyOf(codePoints, size * 2);
        }
        codePoints[size++] = cp;
        hasSurrogate |= cp >= 0xD800 && cp <= 0xDFFF;
        return this;
    }

    /** A String, or CodePoints when the text holds surrogate code points. */
    Object build() {
        if (hasSurrogate) {
            return new ConstantValue.CodePoints(Arrays.copyOf(codePoints, size));
        }
        return new String(codePoints, 0, size);
    }
}

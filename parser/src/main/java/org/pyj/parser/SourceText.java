package org.pyj.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The source split into lines, to turn ANTLR's code-point columns into CPython's UTF-8 byte
 * offsets (ast col_offset counts bytes) and to quote lines in error messages.
 */
public final class SourceText {
    private final List<String> lines = new ArrayList<>();
    /** Per line, once scanned: {@link #ASCII} (columns are bytes), else the byte offset of each code point. */
    private int[][] byteOffsets;

    public SourceText(String source) {
        int start = 0;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(source.substring(start, i));
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(source.substring(start));
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code lineno} (1-based) without its line end. */
    public String line(int lineno) {
        return lines.get(lineno - 1);
    }

    /**
     * The UTF-8 byte offset of code-point column {@code cpColumn} on line {@code lineno}: O(1)
     * after a one-time scan of the line, so long lines stay linear to parse.
     */
    public int byteOffset(int lineno, int cpColumn) {
        if (lineno < 1 || lineno > lines.size()) {
            return cpColumn;
        }
        if (byteOffsets == null) {
            byteOffsets = new int[lines.size()][];
        }
        int[] offsets = byteOffsets[lineno - 1];
        if (offsets == null) {
            offsets = scan(lines.get(lineno - 1));
            byteOffsets[lineno - 1] = offsets;
        }
        if (offsets == ASCII) {
            return cpColumn;
        }
        return offsets[Math.min(cpColumn, offsets.length - 1)];
    }

    private static final int[] ASCII = new int[0];

    private static int[] scan(String line) {
        boolean ascii = true;
        for (int i = 0; i < line.length() && ascii; i++) {
            ascii = line.charAt(i) < 0x80;
        }
        if (ascii) {
            return ASCII;
        }
        int[] offsets = new int[line.codePointCount(0, line.length()) + 1];
        int bytes = 0;
        int cp = 0;
        for (int i = 0; i < line.length();) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            offsets[cp++] = bytes;
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        offsets[cp] = bytes;
        return offsets;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}

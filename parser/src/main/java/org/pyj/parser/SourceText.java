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

    /** The UTF-8 byte offset of code-point column {@code cpColumn} on line {@code lineno}. */
    public int byteOffset(int lineno, int cpColumn) {
        if (lineno < 1 || lineno > lines.size()) {
            return cpColumn;
        }
        String line = lines.get(lineno - 1);
        int bytes = 0;
        int i = 0;
        for (int cp = 0; cp < cpColumn && i < line.length(); cp++) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}

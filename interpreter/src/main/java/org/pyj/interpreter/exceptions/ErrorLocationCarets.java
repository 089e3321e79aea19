package org.pyj.interpreter.exceptions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.pyj.parser.PyParser;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.Stmt;

/**
 * The line under a traceback's source line that CPython 3.11 prints to point at the failing
 * expression (Python/traceback.c): {@code ^} under the expression's columns, or {@code ~} with
 * {@code ^} under the operator of a binary operation or the brackets of a subscript. Nothing is
 * printed when the plain {@code ^} range would cover the whole stripped line.
 */
final class ErrorLocationCarets {
    private ErrorLocationCarets() {
    }

    /**
     * The marker line for {@code line} (the source line without its newline) and the failing
     * expression's position (1-based lines, UTF-8 byte columns as in the AST), or null.
     */
    static String markers(String line, int startLine, int startByteCol, int endLine, int endByteCol) {
        if (startLine < 0 || endLine < 0 || startByteCol < 0 || endByteCol < 0) {
            return null;
        }
        int[] cps = line.codePoints().toArray();
        int start = charOffset(cps, startByteCol);
        int end = charOffset(cps, endByteCol);
        int indentation = indentation(line);
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (startLine == endLine) {
            int[] anchors = anchors(cps, start, end);
            if (anchors != null && anchors[0] != -1) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
                primary = '~';
            }
        } else {
            // A multi-line expression is marked to the end of its first line's non-blank text.
            int i = cps.length - 1;
            while (i >= 0 && isBlank(cps[i])) {
                i--;
            }
            end = i + 1;
        }
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == cps.length - indentation && !secondaryRanges) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        // Column `offset` (1-based) of the line as printed: indented by 4 after removing its own indentation.
        for (int offset = indentation - 4 + 1; offset <= end; offset++) {
            if (offset <= start) {
                sb.append(' ');
            } else if (secondaryRanges && leftEnd < offset && offset <= rightStart) {
                sb.append(secondary);
            } else {
                sb.append(primary);
            }
        }
        return sb.toString();
    }

    /** How many blanks (space, tab, form feed) start the line: what a traceback strips before showing it. */
    static int indentation(String line) {
        int i = 0;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** The code point index at a UTF-8 byte offset of the line (CPython decodes the byte prefix). */
    private static int charOffset(int[] cps, int byteOffset) {
        int bytes = 0;
        int i = 0;
        while (i < cps.length && bytes < byteOffset) {
            bytes += utf8Length(cps[i]);
            i++;
        }
        return i;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /**
     * Re-parses the marked segment on its own, as CPython does; for a lone binary operation it
     * returns the operator's range, for a subscript the brackets' range (code point indices of the line).
     */
    private static int[] anchors(int[] cps, int start, int end) {
        if (start > end || end > cps.length) {
            return null;
        }
        String segment = new String(cps, start, end - start);
        List<Stmt> body;
        try {
            body = PyParser.parseModule(segment, "<traceback>").body();
        } catch (RuntimeException | StackOverflowError e) { // PySyntaxError included: no anchors
            return null;
        }
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt statement)) {
            return null;
        }
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        if (statement.value() instanceof Expr.BinOp binOp) {
            left = -1;
            right = -1;
            int limit = binOp.right().pos().colOffset();
            for (int i = binOp.left().pos().endColOffset(); i < limit && i < bytes.length; i++) {
                if (isBlank(bytes[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                // A two-character operator such as //.
                if (i + 1 < limit && !isBlank(bytes[i + 1])) {
                    right++;
                }
                break;
            }
            if (left == -1) {
                // CPython still takes the "~" style, with no "^" range.
                return new int[]{-1, -1};
            }
        } else if (statement.value() instanceof Expr.Subscript subscript) {
            left = subscript.value().pos().endColOffset();
            right = subscript.slice().pos().endColOffset() + 1;
        } else {
            return null;
        }
        int[] segmentCps = segment.codePoints().toArray();
        return new int[]{charOffset(segmentCps, left) + start, charOffset(segmentCps, right) + start};
    }
}

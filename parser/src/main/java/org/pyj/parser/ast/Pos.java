package org.pyj.parser.ast;

/**
 * A node's extent as CPython's ast reports it: 1-based lines, 0-based column offsets counted
 * in UTF-8 bytes.
 */
public record Pos(int lineno, int colOffset, int endLineno, int endColOffset) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** From the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }
}

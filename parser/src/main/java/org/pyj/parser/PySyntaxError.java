package org.pyj.parser;

/**
 * A SyntaxError (or IndentationError/TabError) found while tokenizing or parsing, with CPython's
 * fields: 1-based line, 1-based column offset (in characters, as CPython reports it), and the
 * line's text when known. The interpreter turns it into a Python exception.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final int lineno;
    private final int offset;
    private String text;
    private String filename;
    private boolean tokenizer;
    private int endLineno;
    private int endOffset;
    private boolean absolute;

    public PySyntaxError(String pythonType, String message, int lineno, int offset, String text) {
        super(message, null, false, false);
        this.pythonType = pythonType;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = lineno;
        this.endOffset = offset;
    }

    /** Sets where the faulty text ends (CPython's end_lineno/end_offset, for the ^^^ caret range). */
    public PySyntaxError withEnd(int endLine, int endCol) {
        this.endLineno = endLine;
        this.endOffset = endCol;
        return this;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public PySyntaxError(String message, int lineno, int offset) {
        this("SyntaxError", message, lineno, offset, null);
    }

    /** Marks an error of the tokenizer (as opposed to the grammar). */
    public PySyntaxError fromTokenizer() {
        this.tokenizer = true;
        return this;
    }

    public boolean isTokenizerError() {
        return tokenizer;
    }

    /** Marks an error whose position is already in the file's coordinates (from a nested f-string). */
    public PySyntaxError absolute() {
        this.absolute = true;
        return this;
    }

    public boolean isAbsolute() {
        return absolute;
    }

    /** "SyntaxError", "IndentationError" or "TabError"; "RecursionError" for programs nested too deeply. */
    public String pythonType() {
        return pythonType;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public String text() {
        return text;
    }

    public String filename() {
        return filename;
    }

    PySyntaxError locate(String file, SourceText source) {
        this.filename = file;
        if (text == null && source != null && lineno >= 1 && lineno <= source.lineCount()) {
            text = source.line(lineno);
        }
        return this;
    }
}

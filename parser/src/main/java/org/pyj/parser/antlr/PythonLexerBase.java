package org.pyj.parser.antlr;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.pyj.parser.PySyntaxError;

/**
 * Turns the raw token stream into CPython's logical lines: drops newlines inside brackets
 * and on blank lines, and emits INDENT/DEDENT from the indentation of each logical line,
 * with CPython's consistency check between tab size 8 and tab size 1 (TabError).
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;
    /** CPython's tokenizer MAXLEVEL. */
    private static final int MAX_NESTING = 200;

    private final Deque<Token> pending = new ArrayDeque<>();
    /** Indentation levels measured with tabs to multiples of 8, and with tabs as one column. */
    private final int[] indents = new int[101];
    private final int[] altIndents = new int[101];
    private int depth;
    private int brackets;
    /** The open brackets, innermost last: their character, line and column, for CPython's messages. */
    private final int[] openChar = new int[MAX_NESTING];
    private final int[] openLine = new int[MAX_NESTING];
    private final int[] openCol = new int[MAX_NESTING];
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private Token lastEmitted;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    protected void openBracket() {
        if (brackets >= MAX_NESTING) {
            throw new PySyntaxError("too many nested parentheses", getLine(), getCharPositionInLine() + 1 - 1);
        }
        openChar[brackets] = _input.LA(-1);
        openLine[brackets] = _tokenStartLine;
        openCol[brackets] = _tokenStartCharPositionInLine;
        brackets++;
    }

    protected void closeBracket() {
        int close = _input.LA(-1);
        if (brackets == 0) {
            throw new PySyntaxError("unmatched '" + (char) close + "'", _tokenStartLine, _tokenStartCharPositionInLine + 1);
        }
        int open = openChar[brackets - 1];
        if ((open == '(' && close != ')') || (open == '[' && close != ']') || (open == '{' && close != '}')) {
            String msg = "closing parenthesis '" + (char) close + "' does not match opening parenthesis '" + (char) open + "'";
            if (openLine[brackets - 1] != _tokenStartLine) {
                msg += " on line " + openLine[brackets - 1];
            }
            throw new PySyntaxError(msg, _tokenStartLine, _tokenStartCharPositionInLine + 1);
        }
        brackets--;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            produce(super.nextToken());
        }
        Token t = pending.poll();
        lastEmitted = t;
        return t;
    }

    private void produce(Token t) {
        int type = t.getType();
        if (type == Token.EOF) {
            if (brackets > 0) {
                throw new PySyntaxError("'" + (char) openChar[brackets - 1] + "' was never closed",
                        openLine[brackets - 1], openCol[brackets - 1] + 1);
            }
            if (lineHasTokens) {
                pending.add(synthetic(PythonLexer.NEWLINE, "\n", t));
                lineHasTokens = false;
            }
            while (depth > 0) {
                depth--;
                pending.add(synthetic(PythonLexer.DEDENT, "", t));
            }
            pending.add(t);
            return;
        }
        if (type == PythonLexer.UNTERMINATED_STRING) {
            String text = t.getText();
            boolean triple = text.replaceFirst("^[rRuUbBfF]*", "").matches("(?s)^(\"\"\"|\'\'\').*");
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int lastLine = t.getLine() + (int) body.chars().filter(c -> c == '\n').count();
            throw new PySyntaxError("unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line "
                    + (triple ? lastLine : t.getLine()) + ")", t.getLine(), t.getCharPositionInLine() + 1);
        }
        if (type == PythonLexer.NEWLINE) {
            if (brackets == 0 && lineHasTokens) {
                pending.add(t);
                lineHasTokens = false;
                atLineStart = true;
            }
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            indentTo(t);
        }
        lineHasTokens = true;
        pending.add(t);
    }

    /** Compares the first token's indentation with the stack, as tokenizer.c does. */
    private void indentTo(Token first) {
        int col = 0;
        int altCol = 0;
        int lineStart = first.getStartIndex() - first.getCharPositionInLine();
        String prefix = first.getCharPositionInLine() == 0 ? ""
                : _input.getText(Interval.of(lineStart, first.getStartIndex() - 1));
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else {
                // A continuation line (after a backslash): it carries no indentation of its own.
                return;
            }
        }
        if (col == indents[depth]) {
            if (altCol != altIndents[depth]) {
                throw tabError(first);
            }
        } else if (col > indents[depth]) {
            if (depth + 1 >= indents.length) {
                throw new PySyntaxError("IndentationError", "too many levels of indentation",
                        first.getLine(), first.getCharPositionInLine() + 1, null);
            }
            if (altCol <= altIndents[depth]) {
                throw tabError(first);
            }
            depth++;
            indents[depth] = col;
            altIndents[depth] = altCol;
            pending.add(synthetic(PythonLexer.INDENT, prefix, first));
        } else {
            while (depth > 0 && col < indents[depth]) {
                depth--;
                pending.add(synthetic(PythonLexer.DEDENT, "", first));
            }
            if (col != indents[depth]) {
                throw new PySyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        first.getLine(), first.getCharPositionInLine() + 1, null);
            }
            if (altCol != altIndents[depth]) {
                throw tabError(first);
            }
        }
    }

    private static PySyntaxError tabError(Token t) {
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                t.getLine(), t.getCharPositionInLine() + 1, null);
    }

    private Token synthetic(int type, String text, Token at) {
        CommonToken tok = new CommonToken(type, text);
        tok.setLine(at.getLine());
        tok.setCharPositionInLine(at.getCharPositionInLine());
        tok.setStartIndex(at.getStartIndex());
        tok.setStopIndex(at.getStartIndex() - 1);
        tok.setTokenIndex(-1);
        if (type == PythonLexer.NEWLINE && lastEmitted != null && at.getType() == Token.EOF) {
            // CPython places the implicit final NEWLINE right after the last token.
            tok.setLine(lastEmitted.getLine());
            tok.setCharPositionInLine(lastEmitted.getCharPositionInLine() + lastEmitted.getText().length());
        }
        return tok;
    }
}

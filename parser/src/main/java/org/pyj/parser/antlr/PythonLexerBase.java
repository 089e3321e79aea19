package org.pyj.parser.antlr;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.IntStream;
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

    /** A backslash continuation with nothing after it: CPython's "unexpected EOF while parsing". */
    protected void continuationSeen() {
        if (_input.LA(1) == IntStream.EOF) {
            throw tokenizerError("unexpected EOF while parsing", _tokenStartLine, _tokenStartCharPositionInLine + 2)
                    .withEnd(_tokenStartLine, -1);
        }
    }

    protected void openBracket() {
        if (brackets >= MAX_NESTING) {
            throw tokenizerError("too many nested parentheses", getLine(), getCharPositionInLine() + 1 - 1);
        }
        openChar[brackets] = _input.LA(-1);
        openLine[brackets] = _tokenStartLine;
        openCol[brackets] = _tokenStartCharPositionInLine;
        brackets++;
    }

    protected void closeBracket() {
        int close = _input.LA(-1);
        if (brackets == 0) {
            throw tokenizerError("unmatched '" + (char) close + "'", _tokenStartLine, _tokenStartCharPositionInLine + 1);
        }
        int open = openChar[brackets - 1];
        if ((open == '(' && close != ')') || (open == '[' && close != ']') || (open == '{' && close != '}')) {
            String msg = "closing parenthesis '" + (char) close + "' does not match opening parenthesis '" + (char) open + "'";
            if (openLine[brackets - 1] != _tokenStartLine) {
                msg += " on line " + openLine[brackets - 1];
            }
            throw tokenizerError(msg, _tokenStartLine, _tokenStartCharPositionInLine + 1);
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
                throw tokenizerError("'" + (char) openChar[brackets - 1] + "' was never closed",
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
            throw tokenizerError("unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line "
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
        if (type == PythonLexer.NUMBER) {
            checkNumberEnd(t);
        }
        lineHasTokens = true;
        pending.add(t);
    }

    /** A SyntaxError found by the tokenizer (CPython does not prefix these with "f-string: "). */
    private static PySyntaxError tokenizerError(String message, int line, int offset) {
        return new PySyntaxError(message, line, offset).fromTokenizer();
    }

    private static PySyntaxError tokenizerError(String type, String message, int line, int offset, String text) {
        return new PySyntaxError(type, message, line, offset, text).fromTokenizer();
    }

    private static final String[] KEYWORDS_AFTER_NUMBERS = {"and", "else", "for", "if", "in", "is", "not", "or"};

    /**
     * What CPython's tokenizer rejects where the number ends: ANTLR stops a number at the first
     * character that cannot continue it, CPython checks that character (verify_end_of_number).
     * Offsets follow CPython: the bad character's 0-based column, or one more for a bad digit.
     */
    private void checkNumberEnd(Token t) {
        String text = t.getText();
        int line = t.getLine();
        int end = t.getCharPositionInLine() + text.codePointCount(0, text.length());
        int next = _input.LA(1);
        String lower = text.toLowerCase();
        boolean zeros = text.chars().allMatch(c -> c == '0' || c == '_');
        if (zeros && text.indexOf('_') < 0 && next >= '0' && next <= '9') {
            throw tokenizerError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                    + "octal integers", line, t.getCharPositionInLine() + 1).withEnd(line, end + 1);
        }
        if (text.equals("0") && "xXoObB".indexOf(next) >= 0) {
            String kind = kind(Character.toLowerCase((char) next));
            int after = _input.LA(2);
            if (after == '_') {
                after = _input.LA(3);
                if (isDigitOf(kind, after) || !isBadDigit(kind, after)) {
                    throw tokenizerError("invalid " + kind + " literal", line, end + 2);
                }
                throw tokenizerError("invalid digit '" + (char) after + "' in " + kind + " literal", line, end + 3);
            }
            if (isBadDigit(kind, after)) {
                throw tokenizerError("invalid digit '" + (char) after + "' in " + kind + " literal", line, end + 2);
            }
            throw tokenizerError("invalid " + kind + " literal", line, end + 1);
        }
        String kind = lower.startsWith("0x") ? "hexadecimal" : lower.startsWith("0o") ? "octal"
                : lower.startsWith("0b") ? "binary" : "decimal";
        if (lower.endsWith("j")) {
            kind = "imaginary";
        }
        if (next == '_') {
            int after = _input.LA(2);
            if (!kind.equals("decimal") && !kind.equals("imaginary") && isBadDigit(kind, after)) {
                throw tokenizerError("invalid digit '" + (char) after + "' in " + kind + " literal", line, end + 2);
            }
            throw tokenizerError("invalid " + ("imaginary".equals(kind) ? "decimal" : kind) + " literal", line, end + 1);
        }
        if ((kind.equals("binary") || kind.equals("octal")) && isBadDigit(kind, next)) {
            throw tokenizerError("invalid digit '" + (char) next + "' in " + kind + " literal", line, end + 1);
        }
        if (kind.equals("decimal") && (next == 'e' || next == 'E') && !lower.contains("e")) {
            // An exponent without digits: "1e", "1e+", "32e-+4".
            int k = 2;
            int c = _input.LA(k);
            if (c == '+' || c == '-') {
                k++;
                c = _input.LA(k);
            }
            if (k == 3 && !(c >= '0' && c <= '9')) {
                throw tokenizerError("invalid decimal literal", line, end + 2);
            }
        }
        if (next != IntStream.EOF && (Character.isLetter(next) || next == '_' || Character.isDigit(next))
                && next < 0x80 && !startsKeyword(1)) {
            throw tokenizerError("invalid " + ("imaginary".equals(kind) ? "imaginary" : kind) + " literal", line, end);
        }
    }

    private static String kind(char prefix) {
        return prefix == 'x' ? "hexadecimal" : prefix == 'o' ? "octal" : "binary";
    }

    private static boolean isDigitOf(String kind, int c) {
        return switch (kind) {
            case "binary" -> c == '0' || c == '1';
            case "octal" -> c >= '0' && c <= '7';
            case "hexadecimal" -> Character.digit(c, 16) >= 0 && c < 0x80;
            default -> c >= '0' && c <= '9';
        };
    }

    /** A decimal digit that the base does not allow (binary 2-9, octal 8-9). */
    private static boolean isBadDigit(String kind, int c) {
        return c >= '0' && c <= '9' && !isDigitOf(kind, c);
    }

    /** Whether one of the keywords CPython 3.11 still accepts right after a number starts at LA(k). */
    private boolean startsKeyword(int k) {
        for (String kw : KEYWORDS_AFTER_NUMBERS) {
            boolean match = true;
            for (int i = 0; i < kw.length() && match; i++) {
                match = _input.LA(k + i) == kw.charAt(i);
            }
            if (match) {
                return true;
            }
        }
        return false;
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
                throw tokenizerError("IndentationError", "too many levels of indentation",
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
                // CPython points at the end of the offending line.
                throw tokenizerError("IndentationError", "unindent does not match any outer indentation level",
                        first.getLine(), lineLength(first) + 1, null).withEnd(first.getLine(), -1);
            }
            if (altCol != altIndents[depth]) {
                throw tabError(first);
            }
        }
    }

    private static PySyntaxError tabError(Token t) {
        return tokenizerError("TabError", "inconsistent use of tabs and spaces in indentation", t.getLine(), 1, null)
                .withEnd(t.getLine(), 0);
    }

    /** The length in characters of the line of token {@code t}, without its line end. */
    private int lineLength(Token t) {
        int start = t.getStartIndex() - t.getCharPositionInLine();
        int end = start;
        while (end < _input.size()) {
            int c = _input.getText(org.antlr.v4.runtime.misc.Interval.of(end, end)).codePointAt(0);
            if (c == '\n' || c == '\r') {
                break;
            }
            end++;
        }
        return end - start;
    }

    private Token synthetic(int type, String text, Token at) {
        CommonToken tok = new CommonToken(type, text);
        tok.setLine(at.getLine());
        tok.setCharPositionInLine(at.getCharPositionInLine());
        tok.setStartIndex(at.getStartIndex());
        tok.setStopIndex(at.getStartIndex() - 1);
        tok.setTokenIndex(-1);
        if (type == PythonLexer.NEWLINE && lastEmitted != null && at.getType() == Token.EOF
                && at.getLine() != lastEmitted.getLine()) {
            // The implicit final NEWLINE of a last line that ends in a comment-free continuation.
            tok.setLine(lastEmitted.getLine());
            tok.setCharPositionInLine(lastEmitted.getCharPositionInLine() + lastEmitted.getText().length());
        }
        return tok;
    }
}

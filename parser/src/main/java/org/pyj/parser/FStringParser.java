package org.pyj.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.Pos;

/**
 * The second pass over f-strings, as CPython 3.11's string_parser.c does it: the lexer gives the
 * whole f-string as one STRING token; this splits its body into literal text and replacement
 * fields, parses each field's expression with the expression parser, and joins everything
 * (with the other strings of an implicit concatenation) into a JoinedStr.
 *
 * <p>Positions follow 3.11: literal parts and FormattedValues carry the whole concatenation's
 * extent, a format spec's JoinedStr (and its trailing literal) the enclosing token's, and the
 * expressions their real place in the source.
 */
final class FStringParser {
    /** Parses the expression of one replacement field; implemented by the caller (see AstBuilder). */
    interface ExpressionParser {
        /** Parses {@code "(" + text + ")"} whose first character sits at (line, col) in the file. */
        Expr parse(String parenthesized, int lineOffset, int firstLineCol);
    }

    private final ExpressionParser expressions;
    private final Positions positions;
    private final Pos group;
    private final List<Expr> values = new ArrayList<>();
    private PyStringBuilder lastStr;
    private String kind;
    private boolean fstringSeen;

    FStringParser(ExpressionParser expressions, Positions positions, Pos group) {
        this.expressions = expressions;
        this.positions = positions;
        this.group = group;
    }

    /** A plain (non-f) string of the concatenation. */
    void addLiteral(Object value, boolean first, String tokenText) {
        if (first && tokenText.startsWith("u")) {
            kind = "u";
        }
        appendLiteral(value);
    }

    /** An f-string token of the concatenation; {@code body} is the text between its quotes. */
    void addFString(Token token, String body, int bodyStart, boolean raw, boolean first) {
        fstringSeen = true;
        if (first && token.getText().startsWith("u")) {
            kind = "u";
        }
        Scanner sc = new Scanner(token, body, bodyStart, raw);
        sc.parse(0, this, values);
    }

    Expr finish() {
        if (!fstringSeen) {
            return new Expr.Constant(lastStr == null ? "" : lastStr.build(), kind, group);
        }
        flushLiteral(values, group);
        return new Expr.JoinedStr(values, group);
    }

    private void appendLiteral(Object s) {
        if (s instanceof String str && str.isEmpty()) {
            return;
        }
        if (lastStr == null) {
            lastStr = new PyStringBuilder();
        }
        lastStr.append(s);
    }

    private void flushLiteral(List<Expr> out, Pos pos) {
        if (lastStr != null && !lastStr.isEmpty()) {
            out.add(new Expr.Constant(lastStr.build(), kind, pos));
        }
        lastStr = null;
    }

    /** Walks one f-string token's body. */
    private final class Scanner {
        private final Token token;
        private final String text;
        private final String body;
        private final int bodyStart;
        private final boolean raw;
        private int i;

        Scanner(Token token, String body, int bodyStart, boolean raw) {
            this.token = token;
            this.text = token.getText();
            this.body = body;
            this.bodyStart = bodyStart;
            this.raw = raw;
        }

        private PySyntaxError error(String message) {
            int endLine = token.getLine() + (int) text.chars().filter(c -> c == '\n').count();
            int nl = text.lastIndexOf('\n');
            int endCol = nl < 0 ? token.getCharPositionInLine() + text.length() : text.length() - nl - 1;
            return new PySyntaxError(message, endLine, endCol + 1);
        }

        /**
         * Parses literal text and fields until the end of the body (level 0) or the '}' that
         * closes a format spec (level 1), adding to {@code out}; literals go through the parser's
         * pending literal so that they merge across fields and tokens as CPython merges them.
         */
        void parse(int level, FStringParser state, List<Expr> out) {
            StringBuilder literal = new StringBuilder();
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\\' && !raw && i + 1 < body.length()) {
                    // Keep escapes for the decoder; \N{...} holds braces that are not fields.
                    if (body.charAt(i + 1) == 'N' && i + 2 < body.length() && body.charAt(i + 2) == '{') {
                        int close = body.indexOf('}', i);
                        int end = close < 0 ? body.length() : close + 1;
                        literal.append(body, i, end);
                        i = end;
                        continue;
                    }
                    char next = body.charAt(i + 1);
                    if (next == '{' || next == '}') {
                        // "\{" is an invalid escape kept as a backslash; the brace still opens a field.
                        literal.append(c);
                        i++;
                        continue;
                    }
                    literal.append(c).append(next);
                    i += 2;
                    continue;
                }
                if (c == '{') {
                    if (level == 0 && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                        literal.append('{');
                        i += 2;
                        continue;
                    }
                    appendDecoded(state, literal);
                    out.add(field(level, state, out));
                    continue;
                }
                if (c == '}') {
                    if (level > 0) {
                        break;
                    }
                    if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                        literal.append('}');
                        i += 2;
                        continue;
                    }
                    throw error("f-string: single '}' is not allowed");
                }
                literal.append(c);
                i++;
            }
            appendDecoded(state, literal);
        }

        private void appendDecoded(FStringParser state, StringBuilder literal) {
            if (literal.length() > 0) {
                String raw0 = literal.toString();
                state.appendLiteral(raw ? normalize(raw0) : StringLiterals.unescape(raw0, token.getLine(),
                        token.getCharPositionInLine()));
                literal.setLength(0);
            }
        }

        private String normalize(String s) {
            return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        }

        /** One replacement field, at body[i] == '{'. */
        private Expr field(int level, FStringParser state, List<Expr> out) {
            if (level >= 2) {
                throw error("f-string: expressions nested too deeply");
            }
            int braceIndex = i;
            i++;
            int exprStart = i;
            int depth = 0;
            StringBuilder brackets = new StringBuilder();
            char quote = 0;
            boolean tripleQuote = false;
            int exprEnd = -1;
            boolean selfDoc = false;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\\') {
                    throw error("f-string expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (c == quote && (!tripleQuote || body.startsWith(String.valueOf(c).repeat(3), i))) {
                        i += tripleQuote ? 3 : 1;
                        quote = 0;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    tripleQuote = body.startsWith(String.valueOf(c).repeat(3), i);
                    i += tripleQuote ? 3 : 1;
                    continue;
                }
                if (c == '#') {
                    throw error("f-string expression part cannot include '#'");
                }
                if (c == '[' || c == '(' || c == '{') {
                    if (depth >= 200) {
                        throw error("f-string: too many nested parenthesis");
                    }
                    brackets.append(c);
                    depth++;
                } else if (c == ']' || c == ')' || (c == '}' && depth > 0)) {
                    if (depth == 0) {
                        throw error("f-string: unmatched '" + c + "'");
                    }
                    char open = brackets.charAt(depth - 1);
                    if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
                        throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                                + open + "'");
                    }
                    brackets.setLength(depth - 1);
                    depth--;
                } else if (depth == 0) {
                    if ((c == '!' || c == ':' || c == '=') && body.substring(exprStart, i).isBlank()
                            && !(c == '!' && i + 1 < body.length() && body.charAt(i + 1) == '=')) {
                        throw error("f-string: expression required before '" + c + "'");
                    }
                    if (c == '}' || c == ':') {
                        exprEnd = i;
                        break;
                    }
                    if (c == '!' && !(i + 1 < body.length() && body.charAt(i + 1) == '=')) {
                        exprEnd = i;
                        break;
                    }
                    if (c == '=' && i + 1 < body.length() && body.charAt(i + 1) != '=' && i > exprStart
                            && "=!<>".indexOf(body.charAt(i - 1)) < 0) {
                        selfDoc = true;
                        exprEnd = i;
                        break;
                    }
                }
                i++;
            }
            if (quote != 0) {
                throw error("f-string: unterminated string");
            }
            if (exprEnd < 0) {
                throw error("f-string: expecting '}'");
            }
            String exprText = body.substring(exprStart, exprEnd);
            if (exprText.isBlank()) {
                throw error("f-string: empty expression not allowed");
            }
            Expr value = parseExpression(braceIndex, exprText);
            int conversion = -1;
            if (selfDoc) {
                i++; // '='
                while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\f'
                        || body.charAt(i) == '\n' || body.charAt(i) == '\r')) {
                    i++;
                }
                // The field's text joins the pending literal, as in CPython.
                state.appendLiteral(body.substring(exprStart, i));
            }
            state.flushLiteral(out, group);
            if (i < body.length() && body.charAt(i) == '!') {
                i++;
                if (i >= body.length()) {
                    throw error("f-string: expecting '}'");
                }
                char conv = body.charAt(i);
                if (conv != 's' && conv != 'r' && conv != 'a') {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = conv;
                i++;
            }
            Expr formatSpec = null;
            if (i < body.length() && body.charAt(i) == ':') {
                i++;
                FStringParser spec = new FStringParser(expressions, positions, group);
                spec.kind = null;
                List<Expr> specValues = new ArrayList<>();
                parse(level + 1, spec, specValues);
                Pos tokenPos = tokenPos();
                spec.flushLiteral(specValues, tokenPos);
                formatSpec = new Expr.JoinedStr(specValues, tokenPos);
            }
            if (i >= body.length() || body.charAt(i) != '}') {
                throw error("f-string: expecting '}'");
            }
            i++;
            if (selfDoc && conversion == -1 && formatSpec == null) {
                conversion = 'r';
            }
            return new Expr.FormattedValue(value, conversion, formatSpec, group);
        }

        /** The enclosing token's own extent (a format spec's JoinedStr carries it in 3.11). */
        private Pos tokenPos() {
            return positions.tokenPos(token);
        }

        /**
         * Parses the field's expression where CPython 3.11 places it: the '{' becomes '(' and the
         * nodes are shifted by the text before the brace (fstring_find_expr_location).
         */
        private Expr parseExpression(int braceIndex, String exprText) {
            String prefix = text.substring(0, bodyStart + braceIndex);
            int lines = (int) prefix.chars().filter(c -> c == '\n').count();
            boolean newlineAfterBrace = true;
            for (int k = 0; k < exprText.length(); k++) {
                char c = exprText.charAt(k);
                if (c == '\n') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\f') {
                    newlineAfterBrace = false;
                    break;
                }
            }
            int cols = 0;
            if (!newlineAfterBrace) {
                int nl = prefix.lastIndexOf('\n');
                cols = utf8Length(prefix.substring(nl + 1));
            }
            Pos tokenPos = positions.tokenPos(token);
            int startLine = tokenPos.lineno() + lines;
            int startCol = lines != 0 ? cols : tokenPos.colOffset() + cols;
            try {
                return expressions.parse("(" + exprText + ")", startLine - 1, startCol);
            } catch (PySyntaxError e) {
                if (e.isAbsolute()) {
                    throw e;
                }
                // Where the error is in the file; the tokenizer's errors keep their message.
                int line = e.lineno() + startLine - 1;
                int offset = e.lineno() == 1 ? e.offset() + startCol : e.offset();
                if (!e.isTokenizerError() && (e.getMessage().equals("invalid syntax")
                        || e.getMessage().startsWith("cannot use starred expression"))) {
                    // 3.11 reports a plain syntax error of a field just inside the string's quote.
                    line = tokenPos.lineno();
                    offset = positions.tokenColumn(token) + 2;
                }
                String msg = e.isTokenizerError() || e.getMessage().startsWith("f-string") ? e.getMessage()
                        : "f-string: " + e.getMessage();
                PySyntaxError located = new PySyntaxError(e.pythonType(), msg, line, offset, null).absolute()
                        .withEnd(line, offset + 1);
                throw e.isTokenizerError() ? located.fromTokenizer() : located;
            }
        }
    }

    /** How the enclosing builder measures tokens (UTF-8 columns). */
    interface Positions {
        Pos tokenPos(Token token);

        int tokenColumn(Token token);
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}

package org.pyj.parser;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.pyj.parser.antlr.PythonLexer;
import org.pyj.parser.antlr.PythonParser;
import org.pyj.parser.ast.Mod;

/** The parser's entry points: Python source text in, our CPython-shaped AST out. */
public final class PyParser {
    private PyParser() {
    }

    /** Parses a module (CPython's {@code mode='exec'}). */
    public static Mod.Module parseModule(String source, String filename) {
        source = universalNewlines(source);
        SourceText text = new SourceText(source);
        try {
            PythonParser parser = newParser(source);
            return new AstBuilder(text, parser.getTokenStream()).module(parser.file_input());
        } catch (PySyntaxError e) {
            throw e.locate(filename, text);
        }
    }

    /** Parses an expression (CPython's {@code mode='eval'}). */
    public static Mod.Expression parseExpression(String source, String filename) {
        source = universalNewlines(source);
        SourceText text = new SourceText(source);
        try {
            PythonParser parser = newParser(source);
            return new AstBuilder(text, parser.getTokenStream()).expression(parser.eval_input());
        } catch (PySyntaxError e) {
            throw e.locate(filename, text);
        }
    }

    /** CPython's tokenizer reads "\r\n" and "\r" as "\n" (in string literals too). */
    static String universalNewlines(String source) {
        if (source.indexOf('\r') < 0) {
            return source;
        }
        return source.replace("\r\n", "\n").replace('\r', '\n');
    }

    static PythonParser newParser(String source) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        PythonParser parser = new PythonParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        return parser;
    }

    /** Maps ANTLR's first error to CPython's message for the common cases. */
    private static final class SyntaxErrorListener extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                RecognitionException e) {
            Token t = (Token) offending;
            PythonParser parser = (PythonParser) recognizer;
            Token prev = previous(parser, t);
            if (t.getType() == PythonLexer.INDENT) {
                throw new PySyntaxError("IndentationError", "unexpected indent", line, col + 1, null);
            }
            if (prev != null && prev.getType() == PythonLexer.NEWLINE && t.getType() != PythonLexer.INDENT
                    && previous(parser, prev) != null && previous(parser, prev).getType() == PythonLexer.COLON) {
                throw new PySyntaxError("IndentationError", "expected an indented block" + after(parser, prev),
                        t.getLine(), t.getCharPositionInLine() + 1, null);
            }
            if (t.getType() == PythonLexer.UNKNOWN_CHAR) {
                String s = t.getText();
                if (s.equals("'") || s.equals("\"")) {
                    throw new PySyntaxError("unterminated string literal (detected at line " + line + ")", line, col + 1);
                }
                int cp = s.codePointAt(0);
                if (cp >= 0x80) {
                    throw new PySyntaxError(String.format("invalid character '%s' (U+%04X)", s, cp), line, col + 1);
                }
                if (cp == '\\') {
                    throw new PySyntaxError("unexpected character after line continuation character", line, col + 1);
                }
            }
            throw new PySyntaxError("invalid syntax", line, col + 1);
        }

        /** " after 'if' statement on line 3": names the block header that lacks its body, as CPython does. */
        private static String after(PythonParser parser, Token newline) {
            CommonTokenStream ts = (CommonTokenStream) parser.getInputStream();
            int i = newline.getTokenIndex() - 1;
            Token first = null;
            while (i >= 0) {
                Token k = ts.get(i);
                int type = k.getType();
                if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT) {
                    break;
                }
                first = k;
                i--;
            }
            if (first == null) {
                return "";
            }
            if (first.getType() == PythonLexer.ASYNC) {
                Token next = ts.get(first.getTokenIndex() + 1);
                first = next.getType() == PythonLexer.DEF || next.getType() == PythonLexer.FOR
                        || next.getType() == PythonLexer.WITH ? next : first;
            }
            String what = switch (first.getType()) {
                case PythonLexer.DEF -> "function definition";
                case PythonLexer.CLASS -> "class definition";
                case PythonLexer.IF, PythonLexer.ELIF, PythonLexer.ELSE, PythonLexer.WHILE, PythonLexer.FOR,
                        PythonLexer.TRY, PythonLexer.EXCEPT, PythonLexer.FINALLY, PythonLexer.WITH ->
                        "'" + first.getText() + "' statement";
                default -> null;
            };
            return what == null ? "" : " after " + what + " on line " + first.getLine();
        }

        private static Token previous(PythonParser parser, Token t) {
            int i = t.getTokenIndex();
            CommonTokenStream ts = (CommonTokenStream) parser.getInputStream();
            if (i < 0) {
                i = ts.index();
            }
            return i > 0 ? ts.get(i - 1) : null;
        }
    }
}

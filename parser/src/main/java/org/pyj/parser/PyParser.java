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

    /**
     * ANTLR caches its lookahead decisions (DFA states) for every parser, forever; over a whole
     * stdlib that grew to hundreds of MB in a probe. Past this many states it is cleared, which
     * costs some warm-up again but keeps a long-running embedding's memory bounded.
     */
    private static final int MAX_DFA_STATES = 200_000;

    /** The lookahead DFA states ANTLR holds now (for the memory figures). */
    public static int dfaStateCount() {
        org.antlr.v4.runtime.dfa.DFA[] dfas = sharedDfa;
        int n = 0;
        if (dfas != null) {
            for (org.antlr.v4.runtime.dfa.DFA dfa : dfas) {
                n += dfa.states.size();
            }
        }
        return n;
    }

    /** The DFA array every PythonParser shares (a static of the generated parser). */
    private static volatile org.antlr.v4.runtime.dfa.DFA[] sharedDfa;

    private static void boundCaches(PythonParser parser) {
        if (dfaStateCount() > MAX_DFA_STATES) {
            parser.getInterpreter().clearDFA();
        }
    }

    /** Parses a module (CPython's {@code mode='exec'}). */
    public static Mod.Module parseModule(String source, String filename) {
        source = universalNewlines(source);
        SourceText text = new SourceText(source);
        try {
            // Two stages: fast SLL prediction; on an error, full LL decides (and reports).
            PythonParser parser = newParser(source);
            ParsedFile tree;
            try {
                tree = new ParsedFile(parser.file_input(), parser);
            } catch (PySyntaxError sllError) {
                parser = newParser(source);
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                tree = new ParsedFile(parser.file_input(), parser);
            } finally {
                boundCaches(parser);
            }
            return new AstBuilder(text, tree.parser().getTokenStream()).module(tree.ctx());
        } catch (PySyntaxError e) {
            throw e.locate(filename, text);
        } catch (StackOverflowError e) {
            throw tooDeep();
        } catch (OutOfMemoryError e) {
            throw new PySyntaxError("MemoryError", "", 0, 0, null);
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
        } catch (StackOverflowError e) {
            throw tooDeep();
        } catch (OutOfMemoryError e) {
            throw new PySyntaxError("MemoryError", "", 0, 0, null);
        }
    }

    /** The number of tokens the parser sees in {@code source} (for throughput figures). */
    public static int countTokens(String source) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(universalNewlines(source)));
        lexer.removeErrorListeners();
        int n = 0;
        try {
            while (lexer.nextToken().getType() != Token.EOF) {
                n++;
            }
        } catch (PySyntaxError e) {
            // counted up to the error
        }
        return n;
    }

    private record ParsedFile(PythonParser.File_inputContext ctx, PythonParser parser) {
    }

    /** A program nested deeper than the thread's stack allows: CPython's RecursionError. */
    private static PySyntaxError tooDeep() {
        return new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", 0, 0, null);
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
        sharedDfa = parser.getInterpreter().decisionToDFA;
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
            PythonParser parser = (PythonParser) recognizer;
            Token t = (Token) offending;
            fillQuietly((CommonTokenStream) parser.getInputStream());
            Token[] at = {t};
            int[] where = {line, col};
            try {
                explain(parser, at, where, e);
            } catch (PySyntaxError found) {
                throw found;
            } catch (RuntimeException heuristicFailed) {
                // The explanations are best effort; the plain message below is still right.
            }
            t = at[0];
            line = where[0];
            col = where[1];
            int length = t.getType() == Token.EOF || t.getType() == PythonLexer.NEWLINE || t.getText() == null ? 0
                    : t.getText().codePointCount(0, t.getText().length());
            throw new PySyntaxError("invalid syntax", line, col + 1).withEnd(line, col + 1 + length);
        }

        /** CPython's specific messages (its invalid_* rules), recognized from the tokens around the error. */
        private static void explain(PythonParser parser, Token[] at, int[] where, RecognitionException e) {
            Token t = at[0];
            int line = where[0];
            int col = where[1];
            if (e instanceof org.antlr.v4.runtime.NoViableAltException nva && nva.getStartToken() == t
                    && e.getCtx() instanceof PythonParser.StatementContext && t.getType() == PythonLexer.NAME) {
                // ANTLR gives up on the whole statement at its first name; CPython's parser gets one
                // token further and reports the token that cannot follow the name.
                Token next = ((CommonTokenStream) parser.getInputStream()).get(t.getTokenIndex() + 1);
                if (next.getType() != PythonLexer.NEWLINE && next.getType() != Token.EOF) {
                    t = next;
                    line = t.getLine();
                    col = t.getCharPositionInLine();
                    at[0] = t;
                    where[0] = line;
                    where[1] = col;
                }
            }
            Token prev = previous(parser, t);
            if (t.getType() == PythonLexer.INDENT) {
                throw new PySyntaxError("IndentationError", "unexpected indent", line, col, null).withEnd(line, -1);
            }
            if (prev != null && prev.getType() == PythonLexer.NEWLINE && t.getType() != PythonLexer.INDENT
                    && previous(parser, prev) != null && previous(parser, prev).getType() == PythonLexer.COLON) {
                throw through(new PySyntaxError("IndentationError", "expected an indented block" + after(parser, prev),
                        t.getLine(), t.getCharPositionInLine() + 1, null), t);
            }
            CommonTokenStream ts = (CommonTokenStream) parser.getInputStream();
            legacyPrintOrExec(ts, prev, t);
            if (t.getType() == PythonLexer.ASSIGN) {
                misplacedAssignment(parser, t);
            }
            ifWithoutElse(ts, t);
            if (t.getType() == PythonLexer.ASSIGN && prev != null && prev.getType() == PythonLexer.YIELD) {
                throw through(new PySyntaxError("assignment to yield expression not possible", prev.getLine(),
                        prev.getCharPositionInLine() + 1), prev);
            }
            if (t.getType() == PythonLexer.WALRUS && prev != null && (prev.getType() == PythonLexer.TRUE
                    || prev.getType() == PythonLexer.FALSE || prev.getType() == PythonLexer.NONE)) {
                throw through(new PySyntaxError("cannot use assignment expressions with " + prev.getText(), prev.getLine(),
                        prev.getCharPositionInLine() + 1), prev);
            }
            if ((t.getType() == PythonLexer.NEWLINE || t.getType() == Token.EOF) && prev != null
                    && prev.getType() == PythonLexer.COMMA && statementStartsWith(ts, prev, PythonLexer.FROM)) {
                throw new PySyntaxError("trailing comma not allowed without surrounding parentheses", line, col + 1);
            }
            if ((t.getType() == PythonLexer.CLOSE_BRACE || t.getType() == PythonLexer.COMMA)
                    && enclosingBracket(ts, t) == PythonLexer.OPEN_BRACE && prev != null) {
                dictItemErrors(ts, prev, t);
            }
            if (t.getType() == PythonLexer.FOR || t.getType() == PythonLexer.ASYNC) {
                unparenthesizedComprehensionTarget(ts, t);
            }
            if (t.getType() == PythonLexer.STAR && prev != null && prev.getType() == PythonLexer.COLON
                    && enclosingBracket(ts, t) == PythonLexer.OPEN_BRACE) {
                throw through(new PySyntaxError("cannot use a starred expression in a dictionary value", line, col + 1),
                        itemEnd(ts, t));
            }
            if (t.getType() == PythonLexer.COLON && prev != null && prev.getType() == PythonLexer.NAME
                    && prev.getTokenIndex() > 0 && ts.get(prev.getTokenIndex() - 1).getType() == PythonLexer.DEF) {
                throw through(new PySyntaxError("expected '('", line, col + 1), t);
            }
            if (t.getType() == PythonLexer.OPEN_PAREN && prev != null) {
                if (prev.getType() == PythonLexer.LAMBDA
                        || (prev.getType() == PythonLexer.COMMA && inLambdaParameters(ts, prev.getTokenIndex()))) {
                    throw through(new PySyntaxError("Lambda expression parameters cannot be parenthesized", line, col + 1),
                            matchingClose(ts, t.getTokenIndex()));
                }
                if ((prev.getType() == PythonLexer.OPEN_PAREN || prev.getType() == PythonLexer.COMMA)
                        && inParameters(ts, prev.getTokenIndex() + 1)) {
                    throw through(new PySyntaxError("Function parameters cannot be parenthesized", line, col + 1),
                            matchingClose(ts, t.getTokenIndex()));
                }
            }
            if (prev != null && prev.getType() == PythonLexer.ASSIGN
                    && (t.getType() == PythonLexer.COMMA || t.getType() == PythonLexer.CLOSE_PAREN
                    || t.getType() == PythonLexer.COLON) && inParameters(ts, prev.getTokenIndex())) {
                throw through(new PySyntaxError("expected default value expression", prev.getLine(),
                        prev.getCharPositionInLine() + 1), prev);
            }
            if (t.getType() == PythonLexer.COMMA) {
                exceptWithoutParentheses(ts, t);
            }
            if (prev != null && startsExpression(t) && endsOperand(prev.getType()) && bracketDepth(ts, t) > 0
                    && !(prev.getType() == PythonLexer.NAME && t.getType() == PythonLexer.STRING)) {
                Token first = operandStart(ts, prev.getTokenIndex());
                throw through(new PySyntaxError("invalid syntax. Perhaps you forgot a comma?", first.getLine(),
                        first.getCharPositionInLine() + 1), t);
            }
            if (expectsColon(parser, t)) {
                throw new PySyntaxError("expected ':'", line, col + 1);
            }
            if (t.getType() == PythonLexer.UNKNOWN_CHAR) {
                String s = t.getText();
                if (s.equals("'") || s.equals("\"")) {
                    throw new PySyntaxError("unterminated string literal (detected at line " + line + ")", line, col + 1);
                }
                int cp = s.codePointAt(0);
                if (!LiteralRepr.isPrintable(cp) && cp != '\\') {
                    throw new PySyntaxError(String.format("invalid non-printable character U+%04X", cp), line, col + 1);
                }
                if (cp >= 0x80) {
                    throw new PySyntaxError(String.format("invalid character '%s' (U+%04X)", s, cp), line, col + 1);
                }
                if (cp == '\\') {
                    // CPython reports the character after the backslash; at the end it has none.
                    String text = t.getInputStream() == null ? "" : t.getInputStream().toString();
                    int idx = t.getStopIndex() + 1;
                    boolean atEnd = idx >= text.length() || text.substring(idx).isBlank();
                    throw new PySyntaxError(atEnd ? "unexpected EOF while parsing"
                            : "unexpected character after line continuation character", line, col + 2)
                            .withEnd(line, atEnd ? -1 : 0);
                }
            }
        }

        /**
         * An '=' where no assignment can be (CPython's invalid_named_expression and invalid_kwarg):
         * inside a call's parentheses it is a keyword argument gone wrong, elsewhere a comparison
         * or a walrus was probably meant. Reported at the start of the expression left of '='.
         */
        private static void misplacedAssignment(PythonParser parser, Token assign) {
            CommonTokenStream ts = (CommonTokenStream) parser.getInputStream();
            int eq = assign.getTokenIndex();
            if (eq < 1 || !endsOperand(ts.get(eq - 1).getType())) {
                return;
            }
            // The operand left of '=': a bitwise_or, walked back over balanced brackets.
            int start = eq - 1;
            int depth = 0;
            boolean simpleName = true;
            for (int i = eq - 1; i >= 0; i--) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && !inOperand(type)) {
                    break;
                }
                start = i;
            }
            simpleName = start == eq - 1 && ts.get(start).getType() == PythonLexer.NAME;
            // The bracket that encloses the '=', and the start of the item it is in.
            int itemStart = 0;
            Token enclosing = null;
            depth = 0;
            for (int i = eq - 1; i >= 0; i--) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        enclosing = ts.get(i);
                        if (itemStart == 0) {
                            itemStart = i + 1;
                        }
                        break;
                    }
                    depth--;
                } else if (depth == 0 && (type == PythonLexer.COMMA || type == PythonLexer.NEWLINE
                        || type == PythonLexer.INDENT || type == PythonLexer.DEDENT) && itemStart == 0) {
                    itemStart = i + 1;
                }
            }
            Token item = ts.get(itemStart);
            if (item.getType() == PythonLexer.STAR || item.getType() == PythonLexer.POWER) {
                if (itemStart + 1 < eq && ts.get(itemStart + 1).getType() == PythonLexer.NAME && inParameters(ts, itemStart)) {
                    throw through(new PySyntaxError((item.getType() == PythonLexer.STAR ? "var-positional" : "var-keyword")
                            + " argument cannot have default value", assign.getLine(), assign.getCharPositionInLine() + 1),
                            assign);
                }
            }
            boolean inCall = enclosing != null && enclosing.getType() == PythonLexer.OPEN_PAREN
                    && enclosing.getTokenIndex() > 0 && endsOperand(ts.get(enclosing.getTokenIndex() - 1).getType())
                    && ts.get(enclosing.getTokenIndex() - 1).getType() != PythonLexer.NUMBER
                    && !inParameters(ts, itemStart);
            if (inCall) {
                Token first = item;
                int f = itemStart;
                while (first.getType() == PythonLexer.OPEN_PAREN && ts.get(eq - 1).getType() == PythonLexer.CLOSE_PAREN
                        && f + 1 < eq - 1) {
                    first = ts.get(++f);
                }
                int type = first.getType();
                if (itemStart == eq - 1 && (type == PythonLexer.TRUE || type == PythonLexer.FALSE
                        || type == PythonLexer.NONE)) {
                    throw through(new PySyntaxError("cannot assign to " + first.getText(), first.getLine(),
                            first.getCharPositionInLine() + 1), assign);
                }
                throw through(new PySyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?",
                        first.getLine(), first.getCharPositionInLine() + 1), assign);
            }
            if (inParameters(ts, itemStart)) {
                return;
            }
            Token first = ts.get(start);
            if (simpleName) {
                throw through(new PySyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        first.getLine(), first.getCharPositionInLine() + 1), operandEnd(ts, eq + 1));
            }
            String what = operandKind(ts, start, eq - 1);
            if (what != null) {
                throw through(new PySyntaxError("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?",
                        first.getLine(), first.getCharPositionInLine() + 1), ts.get(eq - 1));
            }
        }

        /** Whether token {@code index} sits in a def's or lambda's parameter list. */
        private static boolean inParameters(CommonTokenStream ts, int index) {
            int depth = 0;
            for (int i = index - 1; i >= 0; i--) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.LAMBDA && depth == 0) {
                    return true;
                }
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        return type == PythonLexer.OPEN_PAREN && i >= 2 && ts.get(i - 2).getType() == PythonLexer.DEF;
                    }
                    depth--;
                } else if (type == PythonLexer.NEWLINE || type == PythonLexer.COLON && depth == 0) {
                    return false;
                }
            }
            return false;
        }

        /** CPython's name for the expression kind between two tokens, for "cannot assign to ...". */
        private static String operandKind(CommonTokenStream ts, int from, int to) {
            int last = ts.get(to).getType();
            boolean operators = false;
            int depth = 0;
            for (int i = from; i <= to; i++) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                    depth++;
                } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                        || type == PythonLexer.CLOSE_BRACE) {
                    depth--;
                } else if (depth == 0 && type != PythonLexer.DOT && type != PythonLexer.NAME && inOperand(type)
                        && !endsOperand(type)) {
                    operators = true;
                }
            }
            if (operators) {
                return "expression";
            }
            if (last == PythonLexer.NAME && to > from && ts.get(to - 1).getType() == PythonLexer.DOT) {
                return "attribute";
            } else if (last == PythonLexer.CLOSE_BRACK && ts.get(from).getType() != PythonLexer.OPEN_BRACK) {
                return "subscript";
            } else if (last == PythonLexer.CLOSE_PAREN && ts.get(from).getType() != PythonLexer.OPEN_PAREN) {
                return "function call";
            } else if (from == to && (last == PythonLexer.NUMBER || last == PythonLexer.STRING)) {
                return "literal";
            }
            return null;
        }

        /** Lexes the rest of the input, so that ranges can look past the error; a later lexing error is ignored. */
        private static void fillQuietly(CommonTokenStream ts) {
            try {
                ts.fill();
            } catch (PySyntaxError e) {
                // the tokens up to that error are buffered
            }
        }

        /** Ends the error's range after token {@code last} (CPython's end_lineno/end_offset). */
        private static PySyntaxError through(PySyntaxError e, Token last) {
            String text = last.getText() == null ? "" : last.getText();
            return e.withEnd(last.getLine(), last.getCharPositionInLine() + 1 + text.codePointCount(0, text.length()));
        }

        /** The last token before index {@code i} that is not layout (NEWLINE/INDENT/DEDENT). */
        private static Token lastBefore(CommonTokenStream ts, int i) {
            int k = i - 1;
            while (k > 0 && (ts.get(k).getType() == PythonLexer.NEWLINE || ts.get(k).getType() == PythonLexer.INDENT
                    || ts.get(k).getType() == PythonLexer.DEDENT)) {
                k--;
            }
            return ts.get(Math.max(k, 0));
        }

        /** The token closing the bracket opened at index {@code open}. */
        private static Token matchingClose(CommonTokenStream ts, int open) {
            int depth = 0;
            for (int i = open; i < ts.size(); i++) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                    depth++;
                } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                        || type == PythonLexer.CLOSE_BRACE) {
                    depth--;
                    if (depth == 0) {
                        return ts.get(i);
                    }
                } else if (type == Token.EOF) {
                    break;
                }
            }
            return ts.get(open);
        }

        /** {@code print "x"}: CPython's invalid_legacy_expression, reported at the name. */
        private static void legacyPrintOrExec(CommonTokenStream ts, Token prev, Token t) {
            if (prev == null || prev.getType() != PythonLexer.NAME || !startsExpression(t)) {
                return;
            }
            String name = prev.getText();
            if (!name.equals("print") && !name.equals("exec")) {
                return;
            }
            int before = prev.getTokenIndex() - 1;
            int type = before < 0 ? PythonLexer.NEWLINE : ts.get(before).getType();
            if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
                    || type == PythonLexer.SEMI_COLON || type == PythonLexer.COLON) {
                int end = t.getTokenIndex();
                while (end + 1 < ts.size() && ts.get(end + 1).getType() != PythonLexer.NEWLINE
                        && ts.get(end + 1).getType() != Token.EOF && ts.get(end + 1).getType() != PythonLexer.SEMI_COLON) {
                    end++;
                }
                throw through(new PySyntaxError("Missing parentheses in call to '" + name + "'. Did you mean " + name
                        + "(...)?", prev.getLine(), prev.getCharPositionInLine() + 1), ts.get(end));
            }
        }

        /** {@code x if y} with no else (CPython's invalid_expression), reported at the expression's start. */
        private static void ifWithoutElse(CommonTokenStream ts, Token t) {
            int depth = 0;
            for (int i = t.getTokenIndex() - 1; i > 0; i--) {
                Token k = ts.get(i);
                int type = k.getType();
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                } else if (depth == 0) {
                    if (type == PythonLexer.ELSE || type == PythonLexer.NEWLINE || type == PythonLexer.INDENT
                            || type == PythonLexer.DEDENT || type == PythonLexer.COMMA || type == PythonLexer.ASSIGN
                            || type == PythonLexer.COLON || type == PythonLexer.LAMBDA || type == PythonLexer.FOR) {
                        return;
                    }
                    if (type == PythonLexer.IF && endsOperand(ts.get(i - 1).getType())) {
                        Token first = operandStart(ts, i - 1);
                        throw through(new PySyntaxError("expected 'else' after 'if' expression", first.getLine(),
                                first.getCharPositionInLine() + 1), lastBefore(ts, t.getTokenIndex()));
                    }
                }
            }
        }

        /** Whether token {@code index} sits in a lambda's parameter list. */
        private static boolean inLambdaParameters(CommonTokenStream ts, int index) {
            int depth = 0;
            for (int i = index - 1; i >= 0; i--) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.LAMBDA && depth == 0) {
                    return true;
                }
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                } else if (depth == 0 && (type == PythonLexer.COLON || type == PythonLexer.NEWLINE)) {
                    return false;
                }
            }
            return false;
        }

        private static boolean statementStartsWith(CommonTokenStream ts, Token t, int type) {
            int i = t.getTokenIndex();
            while (i > 0) {
                int k = ts.get(i - 1).getType();
                if (k == PythonLexer.NEWLINE || k == PythonLexer.INDENT || k == PythonLexer.DEDENT
                        || k == PythonLexer.SEMI_COLON) {
                    break;
                }
                i--;
            }
            return ts.get(i).getType() == type;
        }

        /** {@code {1:}} and {@code {1: 2, 3}} (CPython's invalid_double_starred_kvpairs / invalid_kvpair). */
        private static void dictItemErrors(CommonTokenStream ts, Token prev, Token t) {
            if (prev.getType() == PythonLexer.COLON) {
                throw through(new PySyntaxError("expression expected after dictionary key and ':'", prev.getLine(),
                        prev.getCharPositionInLine() + 1), prev);
            }
            // Is it a dict (a ':' at the brace's level) whose current item lacks its ':'?
            int depth = 0;
            boolean itemHasColon = false;
            boolean dict = false;
            Token itemStart = null;
            for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
                Token k = ts.get(i);
                int type = k.getType();
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        if (itemStart == null) {
                            itemStart = ts.get(i + 1);
                        }
                        break;
                    }
                    depth--;
                } else if (depth == 0 && type == PythonLexer.COLON) {
                    if (itemStart == null) {
                        itemHasColon = true;
                    }
                    dict = true;
                } else if (depth == 0 && type == PythonLexer.COMMA && itemStart == null) {
                    itemStart = ts.get(i + 1);
                }
            }
            if (dict && !itemHasColon && itemStart != null && itemStart.getType() != PythonLexer.POWER) {
                throw new PySyntaxError("':' expected after dictionary key", itemStart.getLine(),
                        itemStart.getCharPositionInLine() + 1);
            }
        }

        /** The last token of the operand (a bitwise_or) starting at index {@code from}. */
        private static Token operandEnd(CommonTokenStream ts, int from) {
            int depth = 0;
            int i = from;
            for (; i < ts.size(); i++) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                    depth++;
                } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                        || type == PythonLexer.CLOSE_BRACE) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && !inOperand(type)) {
                    break;
                }
            }
            return ts.get(Math.max(i - 1, from));
        }

        /** The last token of the item starting at {@code t}: up to the next ',' or closing bracket of its level. */
        private static Token itemEnd(CommonTokenStream ts, Token t) {
            int depth = 0;
            int i = t.getTokenIndex();
            for (; i < ts.size(); i++) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                    depth++;
                } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                        || type == PythonLexer.CLOSE_BRACE) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && (type == PythonLexer.COMMA || type == PythonLexer.NEWLINE
                        || type == Token.EOF)) {
                    break;
                }
            }
            return ts.get(Math.max(i - 1, t.getTokenIndex()));
        }

        /** The type of the bracket that encloses token {@code t} on its line, or -1. */
        private static int enclosingBracket(CommonTokenStream ts, Token t) {
            int depth = 0;
            for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT) {
                    return -1;
                }
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        return type;
                    }
                    depth--;
                }
            }
            return -1;
        }

        /** {@code [x, y for ...]} (CPython's invalid_comprehension), reported at the first element. */
        private static void unparenthesizedComprehensionTarget(CommonTokenStream ts, Token forToken) {
            int depth = 0;
            boolean comma = false;
            for (int i = forToken.getTokenIndex() - 1; i >= 0; i--) {
                Token k = ts.get(i);
                int type = k.getType();
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        Token firstElement = ts.get(i + 1);
                        if (firstElement.getType() == PythonLexer.STAR && !comma
                                && (type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE)) {
                            throw through(new PySyntaxError("iterable unpacking cannot be used in comprehension",
                                    firstElement.getLine(), firstElement.getCharPositionInLine() + 1),
                                    operandEnd(ts, firstElement.getTokenIndex() + 1));
                        }
                        if (comma && (type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE)) {
                            Token first = ts.get(i + 1);
                            throw through(new PySyntaxError("did you forget parentheses around the comprehension target?",
                                    first.getLine(), first.getCharPositionInLine() + 1),
                                    lastBefore(ts, forToken.getTokenIndex()));
                        }
                        return;
                    }
                    depth--;
                } else if (depth == 0 && type == PythonLexer.COMMA) {
                    comma = true;
                } else if (depth == 0 && (type == PythonLexer.NEWLINE || type == PythonLexer.COLON)) {
                    return;
                }
            }
        }

        /** {@code except A, B:} (CPython's invalid_except_stmt). */
        private static void exceptWithoutParentheses(CommonTokenStream ts, Token comma) {
            int depth = 0;
            for (int i = comma.getTokenIndex() - 1; i >= 0; i--) {
                Token k = ts.get(i);
                int type = k.getType();
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                } else if (depth == 0 && (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT
                        || type == PythonLexer.DEDENT || type == PythonLexer.COLON)) {
                    return;
                } else if (depth == 0 && type == PythonLexer.EXCEPT) {
                    Token first = ts.get(i + 1);
                    if (first.getType() == PythonLexer.STAR) {
                        first = ts.get(i + 2);
                    }
                    int end = comma.getTokenIndex();
                    while (end + 1 < ts.size() && ts.get(end + 1).getType() != PythonLexer.COLON
                            && ts.get(end + 1).getType() != PythonLexer.NEWLINE) {
                        end++;
                    }
                    throw through(new PySyntaxError("multiple exception types must be parenthesized", first.getLine(),
                            first.getCharPositionInLine() + 1), ts.get(end));
                }
            }
        }

        /** The brackets open at token {@code t} on its logical line. */
        private static int bracketDepth(CommonTokenStream ts, Token t) {
            int depth = 0;
            for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT) {
                    break;
                }
                if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                    depth++;
                } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                        || type == PythonLexer.CLOSE_BRACE) {
                    depth--;
                }
            }
            return Math.max(depth, 0);
        }

        private static boolean startsExpression(Token t) {
            int type = t.getType();
            return type == PythonLexer.NAME || type == PythonLexer.NUMBER || type == PythonLexer.STRING
                    || type == PythonLexer.NONE || type == PythonLexer.TRUE || type == PythonLexer.FALSE
                    || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE
                    || type == PythonLexer.ELLIPSIS || type == PythonLexer.NOT_OP || type == PythonLexer.LAMBDA;
        }

        /** The first token of the operand that ends at token {@code end} (a bitwise_or walked back). */
        private static Token operandStart(CommonTokenStream ts, int end) {
            int start = end;
            int depth = 0;
            for (int i = end; i >= 0; i--) {
                int type = ts.get(i).getType();
                if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE) {
                    depth++;
                } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
                        || type == PythonLexer.OPEN_BRACE) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && !inOperand(type)) {
                    break;
                }
                start = i;
            }
            return ts.get(start);
        }

        private static boolean endsOperand(int type) {
            return type == PythonLexer.NAME || type == PythonLexer.NUMBER || type == PythonLexer.STRING
                    || type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                    || type == PythonLexer.CLOSE_BRACE || type == PythonLexer.NONE || type == PythonLexer.TRUE
                    || type == PythonLexer.FALSE || type == PythonLexer.ELLIPSIS;
        }

        private static boolean inOperand(int type) {
            return endsOperand(type) || type == PythonLexer.DOT || type == PythonLexer.ADD || type == PythonLexer.MINUS
                    || type == PythonLexer.STAR || type == PythonLexer.DIV || type == PythonLexer.IDIV
                    || type == PythonLexer.MOD || type == PythonLexer.POWER || type == PythonLexer.AT
                    || type == PythonLexer.OR_OP || type == PythonLexer.XOR || type == PythonLexer.AND_OP
                    || type == PythonLexer.LEFT_SHIFT || type == PythonLexer.RIGHT_SHIFT || type == PythonLexer.NOT_OP
                    || type == PythonLexer.AWAIT;
        }

        /**
         * A block header that ends where its ':' should be (CPython's invalid_*_stmt rules):
         * the statement starts with a compound keyword and the parser could take a ':' here.
         */
        private static boolean expectsColon(PythonParser parser, Token t) {
            if (t.getType() != PythonLexer.NEWLINE && t.getType() != Token.EOF) {
                return false;
            }
            org.antlr.v4.runtime.misc.IntervalSet expected;
            try {
                expected = parser.getExpectedTokens();
            } catch (RuntimeException e) {
                return false;
            }
            if (!expected.contains(PythonLexer.COLON)) {
                return false;
            }
            CommonTokenStream ts = (CommonTokenStream) parser.getInputStream();
            int i = t.getTokenIndex() - 1;
            Token first = null;
            while (i >= 0) {
                Token k = ts.get(i);
                int type = k.getType();
                if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
                        || type == PythonLexer.SEMI_COLON) {
                    break;
                }
                first = k;
                i--;
            }
            if (first == null) {
                return false;
            }
            if (first.getType() == PythonLexer.AT) {
                return false;
            }
            switch (first.getType()) {
                case PythonLexer.DEF, PythonLexer.CLASS, PythonLexer.IF, PythonLexer.ELIF, PythonLexer.ELSE,
                        PythonLexer.WHILE, PythonLexer.FOR, PythonLexer.WITH, PythonLexer.TRY, PythonLexer.EXCEPT,
                        PythonLexer.FINALLY, PythonLexer.ASYNC:
                    return true;
                case PythonLexer.NAME:
                    return first.getText().equals("match") || first.getText().equals("case");
                default:
                    return false;
            }
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
            if (first.getType() == PythonLexer.EXCEPT && ts.get(first.getTokenIndex() + 1).getType() == PythonLexer.STAR) {
                return " after 'except*' statement on line " + first.getLine();
            }
            if (first.getType() == PythonLexer.NAME && (first.getText().equals("match") || first.getText().equals("case"))) {
                return " after '" + first.getText() + "' statement on line " + first.getLine();
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

package org.pyj.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyj.parser.antlr.PythonLexer;
import org.pyj.parser.antlr.PythonParser;

import org.pyj.parser.antlr.PythonParser.*;
import org.pyj.parser.ast.*;

/** Builds our CPython-shaped AST from ANTLR's parse tree, with CPython's positions and checks. */
final class AstBuilder {
    private final SourceText source;
    private final org.antlr.v4.runtime.TokenStream tokens;

    /** Shifts for an f-string field parsed on its own: lines, and columns on its first line. */
    private final int lineOffset;
    private final int firstLineCol;

    AstBuilder(SourceText source, org.antlr.v4.runtime.TokenStream tokens) {
        this(source, tokens, 0, 0);
    }

    AstBuilder(SourceText source, org.antlr.v4.runtime.TokenStream tokens, int lineOffset, int firstLineCol) {
        this.source = source;
        this.tokens = tokens;
        this.lineOffset = lineOffset;
        this.firstLineCol = firstLineCol;
    }

    // ---------------------------------------------------------------- positions

    private Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart(), lastReal(ctx.getStop() == null ? ctx.getStart() : ctx.getStop()));
    }

    /** A node ends at its last real token: NEWLINE, INDENT and DEDENT belong to no node. */
    private Token lastReal(Token t) {
        int i = t.getTokenIndex();
        while (i > 0 && isLayout(t.getType())) {
            t = tokens.get(--i);
        }
        return t;
    }

    private static boolean isLayout(int type) {
        return type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
                || type == Token.EOF;
    }

    private Pos pos(Token start, Token stop) {
        int line = start.getLine();
        int col = source.byteOffset(line, start.getCharPositionInLine());
        String text = stop.getText();
        int endLine = stop.getLine();
        int endCp;
        int nl = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (nl < 0) {
            endCp = stop.getCharPositionInLine() + text.codePointCount(0, text.length());
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    endLine++;
                }
            }
            endCp = text.codePointCount(nl + 1, text.length());
        }
        int endCol = source.byteOffset(endLine, endCp);
        if (lineOffset != 0 || firstLineCol != 0) {
            col += line == 1 ? firstLineCol : 0;
            endCol += endLine == 1 ? firstLineCol : 0;
            line += lineOffset;
            endLine += lineOffset;
        }
        return new Pos(line, col, endLine, endCol);
    }

    /** An identifier's value: non-ASCII names are NFKC-normalized, as CPython does. */
    private static String id(org.antlr.v4.runtime.tree.ParseTree node) {
        return normalizeIdentifier(node.getText());
    }

    private static String id(Token token) {
        return normalizeIdentifier(token.getText());
    }

    private static String dottedName(Dotted_nameContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (TerminalNode n : ctx.NAME()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(id(n));
        }
        return sb.toString();
    }

    static String normalizeIdentifier(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    private static PySyntaxError error(String message, Pos p) {
        return new PySyntaxError(message, p.lineno(), p.colOffset() + 1).withEnd(p.endLineno(), p.endColOffset() + 1);
    }

    // ---------------------------------------------------------------- module and statements

    Mod.Module module(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            statement(s, body);
        }
        return new Mod.Module(body);
    }

    Mod.Expression expression(Eval_inputContext ctx) {
        return new Mod.Expression(starExpressions(ctx.star_expressions()));
    }

    private void statement(StatementContext ctx, List<Stmt> out) {
        if (ctx.compound_stmt() != null) {
            out.add(compound(ctx.compound_stmt()));
        } else {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                body.add(simple(s));
            }
        } else {
            for (StatementContext s : ctx.statement()) {
                statement(s, body);
            }
        }
        return body;
    }

    private Stmt simple(Simple_stmtContext ctx) {
        ParseTree child = ctx.getChild(0);
        Pos p = pos(ctx);
        if (child instanceof ExpressionStmtContext e) {
            return new Stmt.ExprStmt(starExpressions(e.star_expressions()), p);
        } else if (child instanceof AssignStmtContext a) {
            List<Expr> targets = new ArrayList<>();
            List<ParseTree> parts = new ArrayList<>();
            for (int i = 0; i < a.getChildCount(); i++) {
                ParseTree c = a.getChild(i);
                if (!(c instanceof TerminalNode)) {
                    parts.add(c);
                }
            }
            for (int i = 0; i < parts.size() - 1; i++) {
                if (parts.get(i) instanceof Yield_exprContext y) {
                    throw error("assignment to yield expression not possible", pos(y));
                }
                targets.add(toStore(starExpressions((Star_expressionsContext) parts.get(i)), "assign"));
            }
            return new Stmt.Assign(targets, rhs(parts.get(parts.size() - 1)), p);
        } else if (child instanceof AugAssignStmtContext a) {
            Expr target = starExpressions(a.star_expressions(0));
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw error("'" + describe(target) + "' is an illegal expression for augmented assignment", target.pos());
            }
            ParseTree value = a.getChild(2);
            return new Stmt.AugAssign(toStore(target, "assign"), augOperator(a.augassign().getStart()), rhs(value), p);
        } else if (child instanceof AnnAssignStmtContext a) {
            Expr target = starExpressions(a.star_expressions());
            boolean simple = target instanceof Expr.Name && a.star_expressions().getStart().getType() != PythonLexer.OPEN_PAREN;
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                if (target instanceof Expr.Tuple || target instanceof Expr.List_) {
                    throw error("only single target (not " + (target instanceof Expr.Tuple ? "tuple" : "list")
                            + ") can be annotated", target.pos());
                }
                throw error("illegal target for annotation", target.pos());
            }
            Annassign_restContext rest = a.annassign_rest();
            Expr value = rest.getChildCount() > 2 ? rhs(rest.getChild(3)) : null;
            return new Stmt.AnnAssign(toStore(target, "assign"), expr(rest.expression()), value, simple, p);
        } else if (child instanceof Return_stmtContext r) {
            return new Stmt.Return(r.star_expressions() == null ? null : starExpressions(r.star_expressions()), p);
        } else if (child instanceof Pass_stmtContext) {
            return new Stmt.Pass(p);
        } else if (child instanceof Break_stmtContext) {
            return new Stmt.Break(p);
        } else if (child instanceof Continue_stmtContext) {
            return new Stmt.Continue(p);
        } else if (child instanceof Global_stmtContext g) {
            return new Stmt.Global(names(g.NAME()), p);
        } else if (child instanceof Nonlocal_stmtContext g) {
            return new Stmt.Nonlocal(names(g.NAME()), p);
        } else if (child instanceof Raise_stmtContext r) {
            return new Stmt.Raise(r.exc == null ? null : expr(r.exc), r.cause == null ? null : expr(r.cause), p);
        } else if (child instanceof Del_stmtContext d) {
            Expr t = starExpressions(d.star_expressions());
            List<Expr> targets = t instanceof Expr.Tuple tup && d.star_expressions().COMMA().size() > 0
                    ? tup.elts() : List.of(t);
            List<Expr> dels = new ArrayList<>();
            for (Expr e : targets) {
                dels.add(toDel(e));
            }
            return new Stmt.Delete(dels, p);
        } else if (child instanceof Yield_stmtContext y) {
            return new Stmt.ExprStmt(yieldExpr(y.yield_expr()), p);
        } else if (child instanceof Assert_stmtContext a) {
            return new Stmt.Assert(expr(a.test), a.msg == null ? null : expr(a.msg), p);
        } else if (child instanceof ImportNameContext im) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : im.dotted_as_name()) {
                names.add(new Alias(dottedName(d.dotted_name()), d.alias == null ? null : id(d.alias), pos(d)));
            }
            return new Stmt.Import(names, p);
        } else if (child instanceof ImportFromContext im) {
            return new Stmt.ImportFrom(dottedName(im.dotted_name()), importTargets(im.import_from_targets()),
                    dots(im.DOT().size(), im.ELLIPSIS().size()), p);
        } else if (child instanceof ImportFromRelativeContext im) {
            return new Stmt.ImportFrom(null, importTargets(im.import_from_targets()),
                    dots(im.DOT().size(), im.ELLIPSIS().size()), p);
        }
        throw error("invalid syntax", p);
    }

    private static int dots(int dots, int ellipses) {
        return dots + 3 * ellipses;
    }

    private List<Alias> importTargets(Import_from_targetsContext ctx) {
        List<Alias> names = new ArrayList<>();
        if (ctx.STAR() != null) {
            names.add(new Alias("*", null, pos(ctx)));
        }
        for (Import_as_nameContext n : ctx.import_as_name()) {
            names.add(new Alias(id(n.NAME(0)), n.alias == null ? null : id(n.alias), pos(n)));
        }
        return names;
    }

    private Expr rhs(ParseTree t) {
        if (t instanceof Yield_exprContext y) {
            return yieldExpr(y);
        }
        return starExpressions((Star_expressionsContext) t);
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>();
        for (TerminalNode n : nodes) {
            out.add(id(n));
        }
        return out;
    }

    private Stmt compound(Compound_stmtContext ctx) {
        ParseTree child = ctx.getChild(0);
        if (child instanceof Function_defContext f) {
            return functionDef(f);
        } else if (child instanceof If_stmtContext i) {
            return ifStmt(i);
        } else if (child instanceof While_stmtContext w) {
            return new Stmt.While(namedExpression(w.named_expression()), block(w.block()), elseBlock(w.else_block()),
                    pos(w));
        } else if (child instanceof For_stmtContext f) {
            Expr target = toStore(starTargets(f.star_targets()), "for");
            return new Stmt.For(target, starExpressions(f.star_expressions()), block(f.block()),
                    elseBlock(f.else_block()), f.ASYNC() != null, pos(f));
        } else if (child instanceof Try_stmtContext t) {
            List<ExceptHandler> handlers = new ArrayList<>();
            boolean star = false;
            List<Except_blockContext> blocks = t.except_block();
            for (int k = 0; k < blocks.size(); k++) {
                Except_blockContext e = blocks.get(k);
                if (k > 0 && (e.STAR() != null) != (blocks.get(0).STAR() != null)) {
                    Token last = e.STAR() != null ? e.STAR().getSymbol() : e.EXCEPT().getSymbol();
                    throw error("cannot have both 'except' and 'except*' on the same 'try'", pos(e.EXCEPT().getSymbol(),
                            last));
                }
                if (e.STAR() != null && e.expression() == null) {
                    Token colon = e.COLON().getSymbol();
                    throw error("expected one or more exception types", pos(colon, colon));
                }
                star |= e.STAR() != null;
                handlers.add(new ExceptHandler(e.expression() == null ? null : expr(e.expression()),
                        e.NAME() == null ? null : id(e.NAME()), block(e.block()), pos(e)));
            }
            List<Stmt> fin = t.finally_block() == null ? List.of() : block(t.finally_block().block());
            return new Stmt.Try(block(t.block()), handlers, elseBlock(t.else_block()), fin, star, pos(t));
        } else if (child instanceof Class_defContext c) {
            return classDef(c);
        } else if (child instanceof With_stmtContext w) {
            List<WithItem> items = new ArrayList<>();
            for (With_itemContext i : w.with_item()) {
                Expr vars = i.star_target() == null ? null : toStore(starTarget(i.star_target()), "with");
                items.add(new WithItem(expr(i.expression()), vars));
            }
            return new Stmt.With(items, block(w.block()), w.ASYNC() != null, pos(w));
        } else if (child instanceof Match_stmtContext m) {
            return matchStmt(m);
        }
        throw error("invalid syntax", pos(ctx));
    }

    // ---------------------------------------------------------------- match

    private Stmt matchStmt(Match_stmtContext ctx) {
        Subject_exprContext subj = ctx.subject_expr();
        Expr subject;
        if (subj.COMMA() != null) {
            List<Expr> elts = new ArrayList<>();
            elts.add(starNamedExpression(subj.star_named_expression()));
            if (subj.star_named_expressions() != null) {
                elts.addAll(starNamedExpressions(subj.star_named_expressions()));
            }
            subject = new Expr.Tuple(elts, ExprContext.Load, pos(subj));
        } else {
            subject = namedExpression(subj.named_expression());
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : ctx.case_block()) {
            Expr guard = c.guard() == null ? null : namedExpression(c.guard().named_expression());
            cases.add(new MatchCase(patterns(c.patterns()), guard, block(c.block())));
        }
        return new Stmt.Match(subject, cases, pos(ctx));
    }

    private Pattern patterns(PatternsContext ctx) {
        if (ctx.open_sequence_pattern() != null) {
            return new Pattern.MatchSequence(openSequence(ctx.open_sequence_pattern()), pos(ctx));
        }
        return pattern(ctx.pattern());
    }

    private List<Pattern> openSequence(Open_sequence_patternContext ctx) {
        List<Pattern> out = new ArrayList<>();
        out.add(maybeStar(ctx.maybe_star_pattern()));
        if (ctx.maybe_sequence_pattern() != null) {
            out.addAll(maybeSequence(ctx.maybe_sequence_pattern()));
        }
        return out;
    }

    private List<Pattern> maybeSequence(Maybe_sequence_patternContext ctx) {
        List<Pattern> out = new ArrayList<>();
        for (Maybe_star_patternContext m : ctx.maybe_star_pattern()) {
            out.add(maybeStar(m));
        }
        return out;
    }

    private Pattern maybeStar(Maybe_star_patternContext ctx) {
        if (ctx.STAR() != null) {
            String name = id(ctx.NAME());
            return new Pattern.MatchStar(name.equals("_") ? null : name, pos(ctx));
        }
        return pattern(ctx.pattern());
    }

    private Pattern pattern(PatternContext ctx) {
        Pattern or = orPattern(ctx.or_pattern());
        if (ctx.capture == null) {
            return or;
        }
        String name = id(ctx.capture);
        if (name.equals("_")) {
            throw error("cannot use '_' as a target", pos(ctx.capture, ctx.capture));
        }
        return new Pattern.MatchAs(or, name, pos(ctx));
    }

    private Pattern orPattern(Or_patternContext ctx) {
        List<Closed_patternContext> alts = ctx.closed_pattern();
        if (alts.size() == 1) {
            return closedPattern(alts.get(0));
        }
        List<Pattern> out = new ArrayList<>();
        for (Closed_patternContext c : alts) {
            out.add(closedPattern(c));
        }
        return new Pattern.MatchOr(out, pos(ctx));
    }

    private Pattern closedPattern(Closed_patternContext ctx) {
        Pos p = pos(ctx);
        if (ctx instanceof LiteralPatternContext l) {
            Literal_patternContext lit = l.literal_pattern();
            if (lit.NONE() != null) {
                return new Pattern.MatchSingleton(ConstantValue.NONE, p);
            } else if (lit.TRUE() != null) {
                return new Pattern.MatchSingleton(Boolean.TRUE, p);
            } else if (lit.FALSE() != null) {
                return new Pattern.MatchSingleton(Boolean.FALSE, p);
            }
            return new Pattern.MatchValue(literalExpr(lit), p);
        } else if (ctx instanceof CaptureOrValuePatternContext c) {
            Name_or_attrContext n = c.name_or_attr();
            if (n.NAME().size() == 1) {
                String name = id(n.NAME(0));
                return new Pattern.MatchAs(null, name.equals("_") ? null : name, p);
            }
            return new Pattern.MatchValue(nameOrAttr(n), p);
        } else if (ctx instanceof ClassPatternContext c) {
            List<Pattern> positional = new ArrayList<>();
            List<String> kwdAttrs = new ArrayList<>();
            List<Pattern> kwdPatterns = new ArrayList<>();
            if (c.class_pattern_args() != null) {
                for (Class_pattern_argContext a : c.class_pattern_args().class_pattern_arg()) {
                    if (a.NAME() != null) {
                        kwdAttrs.add(id(a.NAME()));
                        kwdPatterns.add(pattern(a.pattern()));
                    } else {
                        if (!kwdAttrs.isEmpty()) {
                            throw error("positional patterns follow keyword patterns", pos(a));
                        }
                        positional.add(pattern(a.pattern()));
                    }
                }
            }
            return new Pattern.MatchClass(nameOrAttr(c.name_or_attr()), positional, kwdAttrs, kwdPatterns, p);
        } else if (ctx instanceof GroupPatternContext g) {
            return pattern(g.pattern());
        } else if (ctx instanceof ListSequencePatternContext l) {
            return new Pattern.MatchSequence(l.maybe_sequence_pattern() == null ? List.of()
                    : maybeSequence(l.maybe_sequence_pattern()), p);
        } else if (ctx instanceof TupleSequencePatternContext t) {
            return new Pattern.MatchSequence(t.open_sequence_pattern() == null ? List.of()
                    : openSequence(t.open_sequence_pattern()), p);
        }
        MappingPatternContext m = (MappingPatternContext) ctx;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        if (m.mapping_items() != null) {
            List<Mapping_itemContext> items = m.mapping_items().mapping_item();
            for (int i = 0; i < items.size(); i++) {
                Mapping_itemContext item = items.get(i);
                if (item.POWER() != null) {
                    if (i != items.size() - 1) {
                        throw error("invalid syntax", pos(items.get(i + 1)));
                    }
                    if (item.NAME().getText().equals("_")) {
                        throw error("invalid syntax", pos(item.NAME().getSymbol(), item.NAME().getSymbol()));
                    }
                    rest = id(item.NAME());
                } else {
                    keys.add(item.literal_pattern() != null ? literalExpr(item.literal_pattern())
                            : nameOrAttr(item.name_or_attr()));
                    values.add(pattern(item.pattern()));
                }
            }
        }
        return new Pattern.MatchMapping(keys, values, rest, p);
    }

    /** The expression of a literal pattern: a number (possibly signed or complex), strings, or a singleton. */
    private Expr literalExpr(Literal_patternContext lit) {
        Pos p = pos(lit);
        if (lit.NONE() != null) {
            return new Expr.Constant(ConstantValue.NONE, null, p);
        } else if (lit.TRUE() != null) {
            return new Expr.Constant(Boolean.TRUE, null, p);
        } else if (lit.FALSE() != null) {
            return new Expr.Constant(Boolean.FALSE, null, p);
        } else if (!lit.STRING().isEmpty()) {
            return strings(lit.STRING(), p);
        }
        Signed_numberContext sn = lit.signed_number();
        Token num = sn.NUMBER().getSymbol();
        Pos np = pos(num, num);
        Expr left = new Expr.Constant(number(num.getText(), np), null, np);
        if (sn.MINUS() != null) {
            left = new Expr.UnaryOp(Unaryop.USub, left, pos(sn));
        }
        if (lit.NUMBER() == null) {
            return left;
        }
        if (number(num.getText(), np) instanceof ConstantValue.Complex) {
            throw error("real number required in complex literal", np);
        }
        Token imag = lit.NUMBER().getSymbol();
        Pos ip = pos(imag, imag);
        Object imagValue = number(imag.getText(), ip);
        if (!(imagValue instanceof ConstantValue.Complex)) {
            throw error("imaginary number required in complex literal", ip);
        }
        Operator op = lit.ADD() != null ? Operator.Add : Operator.Sub;
        return new Expr.BinOp(left, op, new Expr.Constant(imagValue, null, ip), p);
    }

    private Expr nameOrAttr(Name_or_attrContext ctx) {
        List<TerminalNode> names = ctx.NAME();
        if (names.get(0).getText().equals("_")) {
            // The wildcard pattern matches "_" first and nothing may follow it (PEG's ordered choice).
            Token after = tokens.get(names.get(0).getSymbol().getTokenIndex() + 1);
            throw error("invalid syntax", pos(after, after));
        }
        Token first = names.get(0).getSymbol();
        Expr e = new Expr.Name(id(first), ExprContext.Load, pos(first, first));
        for (int i = 1; i < names.size(); i++) {
            Token t = names.get(i).getSymbol();
            e = new Expr.Attribute(e, id(t), ExprContext.Load, pos(first, t));
        }
        return e;
    }

    private Stmt classDef(Class_defContext ctx) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : ctx.decorator()) {
            decorators.add(namedExpression(d.named_expression()));
        }
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx.arguments() != null) {
            for (ArgumentContext a : ctx.arguments().argument()) {
                if (a instanceof GenexpArgumentContext g) {
                    Token f = g.for_if_clauses().getStart();
                    throw error("invalid syntax", pos(f, f));
                }
            }
            Expr.Call call = (Expr.Call) call(null, ctx.arguments(), pos(ctx));
            bases = call.args();
            keywords = call.keywords();
        }
        Token start = ctx.CLASS().getSymbol();
        return new Stmt.ClassDef(id(ctx.NAME()), bases, keywords, block(ctx.block()), decorators,
                pos(start, lastReal(ctx.getStop())));
    }

    private List<Stmt> elseBlock(Else_blockContext ctx) {
        return ctx == null ? List.of() : block(ctx.block());
    }

    private Stmt ifStmt(If_stmtContext ctx) {
        // elif chains nest as If nodes in orelse, each spanning to the end of the whole chain.
        List<Elif_stmtContext> elifs = ctx.elif_stmt();
        List<Stmt> orelse = elseBlock(ctx.else_block());
        Token end = lastReal(ctx.getStop());
        for (int k = elifs.size() - 1; k >= 0; k--) {
            Elif_stmtContext e = elifs.get(k);
            orelse = List.of(new Stmt.If(namedExpression(e.named_expression()), block(e.block()), orelse,
                    pos(e.getStart(), end)));
        }
        return new Stmt.If(namedExpression(ctx.named_expression()), block(ctx.block()), orelse, pos(ctx));
    }

    private Stmt functionDef(Function_defContext ctx) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : ctx.decorator()) {
            decorators.add(namedExpression(d.named_expression()));
        }
        Arguments args = ctx.params() == null ? Arguments.EMPTY : parameters(ctx.params(), true);
        Token start = ctx.decorator().isEmpty() ? ctx.getStart()
                : (ctx.ASYNC() != null ? ctx.ASYNC().getSymbol() : ctx.DEF().getSymbol());
        return new Stmt.FunctionDef(id(ctx.NAME()), args, block(ctx.block()), decorators,
                ctx.ret == null ? null : expr(ctx.ret), ctx.ASYNC() != null, pos(start, lastReal(ctx.getStop())));
    }

    /** Checks CPython's parameter order rules while sorting the parameters into an {@link Arguments}. */
    private Arguments parameters(ParamsContext ctx, boolean annotationsAllowed) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Param_itemContext item : ctx.param_item()) {
            Pos ip = pos(item);
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", ip);
            }
            if (item instanceof SlashParamContext) {
                if (sawSlash) {
                    throw error("/ may appear only once", ip);
                }
                if (sawStar) {
                    throw error("/ must be ahead of *", ip);
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /", ip);
                }
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (item instanceof StarParamContext s) {
                if (sawStar) {
                    Token star = s.STAR().getSymbol();
                    throw error("* argument may appear only once", pos(star, star));
                }
                sawStar = true;
                if (s.param() != null) {
                    vararg = param(s.param(), seen);
                } else if (s.starred_param() != null) {
                    Starred_paramContext sp = s.starred_param();
                    String name = id(sp.NAME());
                    seen.add(name);
                    Expr annotation = new Expr.Starred(expr(sp.annotation), ExprContext.Load,
                            pos(sp.STAR().getSymbol(), lastReal(sp.getStop())));
                    vararg = new Arg(name, annotation, pos(sp));
                }
            } else if (item instanceof KwParamContext k) {
                kwarg = param(k.param(), seen);
            } else {
                PlainParamContext pp = (PlainParamContext) item;
                Arg a = param(pp.param(), seen);
                Expr def = pp.default_ == null ? null : expr(pp.default_);
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        throw error("non-default argument follows default argument", ip);
                    }
                    args.add(a);
                    if (def != null) {
                        defaults.add(def);
                    }
                }
            }
        }
        if (sawStar && vararg == null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *", pos(ctx));
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** Lambda parameters: the same rules as {@link #parameters}, without annotations. */
    private Arguments lambdaParameters(Lambda_paramsContext ctx) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Lambda_param_itemContext item : ctx.lambda_param_item()) {
            Pos ip = pos(item);
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", ip);
            }
            if (item instanceof LambdaSlashParamContext) {
                if (sawSlash) {
                    throw error("/ may appear only once", ip);
                }
                if (sawStar) {
                    throw error("/ must be ahead of *", ip);
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /", ip);
                }
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (item instanceof LambdaStarParamContext st) {
                if (sawStar) {
                    Token star = st.STAR().getSymbol();
                    throw error("* argument may appear only once", pos(star, star));
                }
                sawStar = true;
                if (st.NAME() != null) {
                    vararg = lambdaArg(st.NAME().getSymbol(), seen);
                }
            } else if (item instanceof LambdaKwParamContext k) {
                kwarg = lambdaArg(k.NAME().getSymbol(), seen);
            } else {
                LambdaPlainParamContext pp = (LambdaPlainParamContext) item;
                Arg a = lambdaArg(pp.NAME().getSymbol(), seen);
                Expr def = pp.default_ == null ? null : expr(pp.default_);
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        throw error("non-default argument follows default argument", ip);
                    }
                    args.add(a);
                    if (def != null) {
                        defaults.add(def);
                    }
                }
            }
        }
        if (sawStar && vararg == null && kwonly.isEmpty()) {
            Token after = tokens.get(lastReal(ctx.getStop()).getTokenIndex() + 1);
            throw error("named arguments must follow bare *", pos(after, after));
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg lambdaArg(Token name, java.util.Set<String> seen) {
        Pos p = pos(name, name);
        seen.add(id(name));
        return new Arg(id(name), null, p);
    }

    private Arg param(ParamContext p, java.util.Set<String> seen) {
        String name = id(p.NAME());
        seen.add(name);
        return new Arg(name, p.annotation == null ? null : expr(p.annotation), pos(p));
    }

    // ---------------------------------------------------------------- targets

    private Expr starTargets(Star_targetsContext ctx) {
        List<Star_targetContext> ts = ctx.star_target();
        if (ts.size() == 1 && ctx.COMMA().isEmpty()) {
            return starTarget(ts.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (Star_targetContext t : ts) {
            elts.add(starTarget(t));
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(ctx));
    }

    private Expr starTarget(Star_targetContext ctx) {
        Expr e = bitwiseOr(ctx.bitwise_or());
        return ctx.STAR() != null ? new Expr.Starred(e, ExprContext.Load, pos(ctx)) : e;
    }

    /** Re-contexts an expression as an assignment target, with CPython's error messages. */
    private Expr toStore(Expr e, String what) {
        return toStore(e, what, true);
    }

    /** {@code topLevel}: the whole target (CPython's "here. Maybe you meant '=='" hint applies only there). */
    private Expr toStore(Expr e, String what, boolean topLevel) {
        return switch (e) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw error("cannot assign to __debug__", n.pos());
                }
                yield new Expr.Name(n.id(), ExprContext.Store, n.pos());
            }
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
            case Expr.Starred s -> new Expr.Starred(toStore(s.value(), what, false), ExprContext.Store, s.pos());
            case Expr.Tuple t -> new Expr.Tuple(storeAll(t.elts(), what), ExprContext.Store, t.pos());
            case Expr.List_ l -> new Expr.List_(storeAll(l.elts(), what), ExprContext.Store, l.pos());
            default -> {
                String kind = describe(e);
                // CPython's hint comes from invalid_named_expression, which sees only a bitwise_or
                // that is not True, False or None.
                boolean bitwiseOr = e instanceof Expr.Constant c && !(c.value() instanceof Boolean)
                        && c.value() != ConstantValue.NONE
                        || e instanceof Expr.Call || e instanceof Expr.BinOp || e instanceof Expr.Await
                        || e instanceof Expr.Compare || e instanceof Expr.JoinedStr || e instanceof Expr.Dict
                        || e instanceof Expr.Set || e instanceof Expr.ListComp || e instanceof Expr.SetComp
                        || e instanceof Expr.DictComp || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                        || e instanceof Expr.UnaryOp u && u.op() != Unaryop.Not;
                String suffix = what.equals("assign") && topLevel && bitwiseOr
                        ? " here. Maybe you meant '==' instead of '='?" : "";
                throw error("cannot assign to " + kind + suffix, e.pos());
            }
        };
    }

    private List<Expr> storeAll(List<Expr> elts, String what) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : elts) {
            out.add(toStore(e, what, false));
        }
        return out;
    }

    private Expr toDel(Expr e) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ExprContext.Del, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ExprContext.Del, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ExprContext.Del, s.pos());
            case Expr.Tuple t -> {
                List<Expr> out = new ArrayList<>();
                for (Expr x : t.elts()) {
                    out.add(toDel(x));
                }
                yield new Expr.Tuple(out, ExprContext.Del, t.pos());
            }
            case Expr.List_ l -> {
                List<Expr> out = new ArrayList<>();
                for (Expr x : l.elts()) {
                    out.add(toDel(x));
                }
                yield new Expr.List_(out, ExprContext.Del, l.pos());
            }
            default -> throw error("cannot delete " + describe(e), e.pos());
        };
    }

    /** CPython's name for an expression kind in "cannot assign to ..." messages. */
    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() == ConstantValue.NONE ? "None"
                    : c.value() instanceof Boolean b ? (b ? "True" : "False")
                    : c.value() == ConstantValue.ELLIPSIS ? "ellipsis" : "literal";
            case Expr.Call c -> "function call";
            case Expr.Compare c -> "comparison";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.BoolOp b -> "expression";
            case Expr.IfExp i -> "conditional expression";
            case Expr.Lambda l -> "lambda";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Await a -> "await expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Tuple t -> "tuple";
            case Expr.List_ l -> "list";
            case Expr.Starred s -> "starred";
            default -> "expression";
        };
    }

    // ---------------------------------------------------------------- expressions

    Expr starExpressions(Star_expressionsContext ctx) {
        List<Star_expressionContext> items = ctx.star_expression();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return starExpression(items.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (Star_expressionContext s : items) {
            elts.add(starExpression(s));
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(ctx));
    }

    private Expr starExpression(Star_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return new Expr.Starred(bitwiseOr(ctx.bitwise_or()), ExprContext.Load, pos(ctx));
        }
        return expr(ctx.expression());
    }

    private Expr starNamedExpression(Star_named_expressionContext s) {
        if (s.STAR() != null) {
            return new Expr.Starred(bitwiseOr(s.bitwise_or()), ExprContext.Load, pos(s));
        }
        return namedExpression(s.named_expression());
    }

    private List<Expr> starNamedExpressions(Star_named_expressionsContext ctx) {
        List<Expr> elts = new ArrayList<>();
        for (Star_named_expressionContext s : ctx.star_named_expression()) {
            if (s.STAR() != null) {
                elts.add(new Expr.Starred(bitwiseOr(s.bitwise_or()), ExprContext.Load, pos(s)));
            } else {
                elts.add(namedExpression(s.named_expression()));
            }
        }
        return elts;
    }

    private Expr namedExpression(Named_expressionContext ctx) {
        if (ctx.WALRUS() != null) {
            Token n = ctx.NAME().getSymbol();
            return new Expr.NamedExpr(new Expr.Name(id(n), ExprContext.Store, pos(n, n)), expr(ctx.expression()),
                    pos(ctx));
        }
        return expr(ctx.expression());
    }

    Expr expr(ExpressionContext ctx) {
        if (ctx.lambdef() != null) {
            LambdefContext l = ctx.lambdef();
            Arguments args = l.lambda_params() == null ? Arguments.EMPTY : lambdaParameters(l.lambda_params());
            return new Expr.Lambda(args, expr(l.expression()), pos(l));
        }
        Expr body = disjunction(ctx.disjunction(0));
        if (ctx.IF() == null) {
            return body;
        }
        return new Expr.IfExp(disjunction(ctx.disjunction(1)), body, expr(ctx.expression()), pos(ctx));
    }

    private Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(expr(ctx.expression()), pos(ctx));
        }
        return new Expr.Yield(ctx.star_expressions() == null ? null : starExpressions(ctx.star_expressions()), pos(ctx));
    }

    private Expr disjunction(DisjunctionContext ctx) {
        if (ctx.conjunction().size() == 1) {
            return conjunction(ctx.conjunction(0));
        }
        List<Expr> values = new ArrayList<>();
        for (ConjunctionContext c : ctx.conjunction()) {
            values.add(conjunction(c));
        }
        return new Expr.BoolOp(Boolop.Or, values, pos(ctx));
    }

    private Expr conjunction(ConjunctionContext ctx) {
        if (ctx.inversion().size() == 1) {
            return inversion(ctx.inversion(0));
        }
        List<Expr> values = new ArrayList<>();
        for (InversionContext c : ctx.inversion()) {
            values.add(inversion(c));
        }
        return new Expr.BoolOp(Boolop.And, values, pos(ctx));
    }

    private Expr inversion(InversionContext ctx) {
        if (ctx.NOT() != null) {
            return new Expr.UnaryOp(Unaryop.Not, inversion(ctx.inversion()), pos(ctx));
        }
        return comparison(ctx.comparison());
    }

    private Expr comparison(ComparisonContext ctx) {
        List<Bitwise_orContext> operands = ctx.bitwise_or();
        List<Comp_opContext> compOps = ctx.comp_op();
        Expr left = bitwiseOr(operands.get(0));
        if (compOps.isEmpty()) {
            return left;
        }
        List<Cmpop> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 0; i < compOps.size(); i++) {
            Comp_opContext op = compOps.get(i);
            ops.add(switch (op.getStart().getType()) {
                case PythonLexer.EQUALS -> Cmpop.Eq;
                case PythonLexer.NOT_EQ -> Cmpop.NotEq;
                case PythonLexer.LESS_THAN -> Cmpop.Lt;
                case PythonLexer.LT_EQ -> Cmpop.LtE;
                case PythonLexer.GREATER_THAN -> Cmpop.Gt;
                case PythonLexer.GT_EQ -> Cmpop.GtE;
                case PythonLexer.IN -> Cmpop.In;
                case PythonLexer.NOT -> Cmpop.NotIn;
                default -> op.getChildCount() == 2 ? Cmpop.IsNot : Cmpop.Is;
            });
            comparators.add(bitwiseOr(operands.get(i + 1)));
        }
        return new Expr.Compare(left, ops, comparators, pos(ctx));
    }

    /**
     * The operators of the left-recursive {@code bitwise_or} rule. Chains of left-associative
     * operators ({@code a + b - c * d ...}) nest to the left; they are walked iteratively so
     * that long chains do not need a deep Java stack.
     */
    private Expr bitwiseOr(Bitwise_orContext ctx) {
        List<Bitwise_orContext> spine = new ArrayList<>();
        Bitwise_orContext c = ctx;
        while (isLeftAssociative(c)) {
            spine.add(c);
            c = c.getRuleContext(Bitwise_orContext.class, 0);
        }
        Expr e = operand(c);
        for (int k = spine.size() - 1; k >= 0; k--) {
            Bitwise_orContext b = spine.get(k);
            Expr right = bitwiseOr(b.getRuleContext(Bitwise_orContext.class, 1));
            e = new Expr.BinOp(e, binaryOperator(b), right, pos(b));
        }
        return e;
    }

    private static boolean isLeftAssociative(Bitwise_orContext c) {
        return c instanceof TermOpContext || c instanceof SumOpContext || c instanceof ShiftOpContext
                || c instanceof BitAndOpContext || c instanceof BitXorOpContext || c instanceof BitOrOpContext;
    }

    /** The operator token of a binary alternative: the child between its two operands. */
    private static Operator binaryOperator(Bitwise_orContext b) {
        Token op = ((TerminalNode) b.getChild(1)).getSymbol();
        return switch (op.getType()) {
            case PythonLexer.STAR -> Operator.Mult;
            case PythonLexer.DIV -> Operator.Div;
            case PythonLexer.IDIV -> Operator.FloorDiv;
            case PythonLexer.MOD -> Operator.Mod;
            case PythonLexer.AT -> Operator.MatMult;
            case PythonLexer.ADD -> Operator.Add;
            case PythonLexer.MINUS -> Operator.Sub;
            case PythonLexer.LEFT_SHIFT -> Operator.LShift;
            case PythonLexer.RIGHT_SHIFT -> Operator.RShift;
            case PythonLexer.AND_OP -> Operator.BitAnd;
            case PythonLexer.XOR -> Operator.BitXor;
            case PythonLexer.OR_OP -> Operator.BitOr;
            default -> Operator.Pow;
        };
    }

    /** A primary (with await), a unary operation, or a power. */
    private Expr operand(Bitwise_orContext c) {
        if (c instanceof PrimaryOperandContext p) {
            Expr e = primary(p.primary());
            return p.AWAIT() != null ? new Expr.Await(e, pos(p)) : e;
        } else if (c instanceof UnaryOpContext u) {
            Unaryop op = switch (u.getStart().getType()) {
                case PythonLexer.ADD -> Unaryop.UAdd;
                case PythonLexer.MINUS -> Unaryop.USub;
                default -> Unaryop.Invert;
            };
            return new Expr.UnaryOp(op, bitwiseOr(u.bitwise_or()), pos(u));
        }
        PowerOpContext p = (PowerOpContext) c;
        return new Expr.BinOp(bitwiseOr(p.bitwise_or(0)), Operator.Pow, bitwiseOr(p.bitwise_or(1)), pos(p));
    }

    private Expr primary(PrimaryContext ctx) {
        Expr e = atom(ctx.atom());
        Token start = ctx.getStart();
        for (TrailerContext t : ctx.trailer()) {
            Pos p = pos(start, lastReal(t.getStop()));
            if (t instanceof AttributeTrailerContext a) {
                e = new Expr.Attribute(e, id(a.NAME()), ExprContext.Load, p);
            } else if (t instanceof CallTrailerContext c) {
                e = call(e, c.arguments(), p);
            } else if (t instanceof GenexpCallTrailerContext g) {
                // f(x for x in y): the generator expression's extent is the call's parentheses.
                Pos gp = pos(g.OPEN_PAREN().getSymbol(), g.CLOSE_PAREN().getSymbol());
                Expr genexp = new Expr.GeneratorExp(namedExpression(g.named_expression()),
                        comprehensions(g.for_if_clauses()), gp);
                e = new Expr.Call(e, List.of(genexp), List.of(), p);
            } else {
                e = new Expr.Subscript(e, slices(((SubscriptTrailerContext) t).slices()), ExprContext.Load, p);
            }
        }
        return e;
    }

    private Expr call(Expr func, ArgumentsContext ctx, Pos p) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx != null) {
            boolean sawKeyword = false;
            boolean sawDoubleStar = false;
            Pos firstDoubleStar = null;
            for (ArgumentContext a : ctx.argument()) {
                Pos ap = pos(a);
                if (a instanceof KeywordArgumentContext k) {
                    sawKeyword = true;
                    keywords.add(new Keyword(id(k.NAME()), expr(k.expression()), ap));
                } else if (a instanceof DoubleStarArgumentContext d) {
                    if (!sawDoubleStar) {
                        firstDoubleStar = ap;
                    }
                    sawDoubleStar = true;
                    keywords.add(new Keyword(null, expr(d.expression()), ap));
                } else if (a instanceof GenexpArgumentContext g) {
                    if (ctx.argument().size() > 1 || !ctx.COMMA().isEmpty()) {
                        throw error("Generator expression must be parenthesized", ap);
                    }
                    args.add(new Expr.GeneratorExp(namedExpression(g.named_expression()), comprehensions(g.for_if_clauses()),
                            ap));
                } else if (a instanceof StarArgumentContext s) {
                    if (sawDoubleStar) {
                        throw error("iterable argument unpacking follows keyword argument unpacking", firstDoubleStar);
                    }
                    args.add(new Expr.Starred(expr(s.expression()), ExprContext.Load, ap));
                } else {
                    // CPython points just past the offending argument.
                    Pos after = new Pos(ap.endLineno(), ap.endColOffset(), ap.endLineno(), ap.endColOffset() + 1);
                    if (sawDoubleStar) {
                        throw error("positional argument follows keyword argument unpacking", after);
                    }
                    if (sawKeyword) {
                        throw error("positional argument follows keyword argument", after);
                    }
                    args.add(namedExpression(((PositionalArgumentContext) a).named_expression()));
                }
            }
        }
        return new Expr.Call(func, args, keywords, p);
    }

    private Expr slices(SlicesContext ctx) {
        List<SliceContext> items = ctx.slice();
        if (items.size() == 1 && ctx.COMMA().isEmpty() && !(items.get(0) instanceof SliceStarredContext)) {
            return slice(items.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (SliceContext s : items) {
            elts.add(slice(s));
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(ctx));
    }

    private Expr slice(SliceContext ctx) {
        if (ctx instanceof SliceIndexContext i) {
            return namedExpression(i.named_expression());
        } else if (ctx instanceof SliceStarredContext s) {
            return new Expr.Starred(bitwiseOr(s.bitwise_or()), ExprContext.Load, pos(s));
        }
        SliceRangeContext r = (SliceRangeContext) ctx;
        return new Expr.Slice(r.lower == null ? null : expr(r.lower), r.upper == null ? null : expr(r.upper),
                r.step == null ? null : expr(r.step), pos(r));
    }

    private Expr atom(AtomContext ctx) {
        Pos p = pos(ctx);
        if (ctx instanceof NameAtomContext n) {
            return new Expr.Name(id(n.NAME()), ExprContext.Load, p);
        } else if (ctx instanceof TrueAtomContext) {
            return new Expr.Constant(Boolean.TRUE, null, p);
        } else if (ctx instanceof FalseAtomContext) {
            return new Expr.Constant(Boolean.FALSE, null, p);
        } else if (ctx instanceof NoneAtomContext) {
            return new Expr.Constant(ConstantValue.NONE, null, p);
        } else if (ctx instanceof EllipsisAtomContext) {
            return new Expr.Constant(ConstantValue.ELLIPSIS, null, p);
        } else if (ctx instanceof NumberAtomContext n) {
            return new Expr.Constant(number(n.NUMBER().getText(), p), null, p);
        } else if (ctx instanceof StringAtomContext s) {
            return strings(s.STRING(), p);
        } else if (ctx instanceof GenexpOrYieldAtomContext g) {
            if (g.yield_expr() != null) {
                return yieldExpr(g.yield_expr());
            }
            return new Expr.GeneratorExp(namedExpression(g.named_expression()), comprehensions(g.for_if_clauses()), p);
        } else if (ctx instanceof ListCompAtomContext l) {
            return new Expr.ListComp(namedExpression(l.named_expression()), comprehensions(l.for_if_clauses()), p);
        } else if (ctx instanceof SetCompAtomContext sc) {
            return new Expr.SetComp(namedExpression(sc.named_expression()), comprehensions(sc.for_if_clauses()), p);
        } else if (ctx instanceof DictCompAtomContext dc) {
            KvpairContext kv = dc.kvpair();
            if (kv.POWER() != null) {
                throw error("dict unpacking cannot be used in dict comprehension", pos(kv));
            }
            return new Expr.DictComp(expr(kv.key), expr(kv.value), comprehensions(dc.for_if_clauses()), p);
        } else if (ctx instanceof ParenAtomContext par) {
            Star_named_expressionsContext items = par.star_named_expressions();
            if (items == null) {
                return new Expr.Tuple(List.of(), ExprContext.Load, p);
            }
            List<Expr> elts = starNamedExpressions(items);
            if (elts.size() == 1 && items.COMMA().isEmpty()) {
                Expr inner = elts.get(0);
                if (inner instanceof Expr.Starred) {
                    throw error("cannot use starred expression here", inner.pos());
                }
                return inner;
            }
            return new Expr.Tuple(elts, ExprContext.Load, p);
        } else if (ctx instanceof ListAtomContext l) {
            return new Expr.List_(l.star_named_expressions() == null ? List.of()
                    : starNamedExpressions(l.star_named_expressions()), ExprContext.Load, p);
        } else if (ctx instanceof BraceAtomContext b) {
            Dict_or_setContext d = b.dict_or_set();
            if (d == null) {
                return new Expr.Dict(List.of(), List.of(), p);
            } else if (d instanceof SetItemsContext s) {
                return new Expr.Set(starNamedExpressions(s.star_named_expressions()), p);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (KvpairContext kv : ((DictItemsContext) d).kvpair()) {
                if (kv.POWER() != null) {
                    keys.add(null);
                    values.add(bitwiseOr(kv.bitwise_or()));
                } else {
                    keys.add(expr(kv.key));
                    values.add(expr(kv.value));
                }
            }
            return new Expr.Dict(keys, values, p);
        }
        throw error("invalid syntax", p);
    }

    private List<Comprehension> comprehensions(For_if_clausesContext ctx) {
        List<Comprehension> out = new ArrayList<>();
        for (For_if_clauseContext c : ctx.for_if_clause()) {
            List<DisjunctionContext> parts = c.disjunction();
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                ifs.add(disjunction(parts.get(i)));
            }
            out.add(new Comprehension(toStore(starTargets(c.star_targets()), "comprehension"), disjunction(parts.get(0)),
                    ifs, c.ASYNC() != null));
        }
        return out;
    }

    private static Object number(String text, Pos p) {
        String t = text.replace("_", "");
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Complex(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0' && "xXoObB".indexOf(t.charAt(1)) >= 0) {
            int radix = switch (Character.toLowerCase(t.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new BigInteger(t.substring(2), radix);
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        if (t.length() > 4300) {
            throw error("Exceeds the limit (4300 digits) for integer string conversion: value has " + t.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                    + "huge integer literals to avoid decimal conversions.", p);
        }
        return new BigInteger(t);
    }

    /** Implicit concatenation of adjacent string literals, f-strings included (CPython's FstringParser). */
    private Expr strings(List<TerminalNode> tokens, Pos p) {
        java.io.ByteArrayOutputStream bytes = null;
        FStringParser fstrings = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i).getSymbol();
            StringLiterals.Decoded d;
            try {
                d = StringLiterals.decode(t.getText(), t.getLine(), t.getCharPositionInLine());
            } catch (PySyntaxError e) {
                // CPython reports a literal's decoding error at the token after the strings.
                Token after = this.tokens.get(tokens.get(tokens.size() - 1).getSymbol().getTokenIndex() + 1);
                throw new PySyntaxError(e.pythonType(), e.getMessage(), after.getLine(),
                        after.getCharPositionInLine() + 1, null);
            }
            if (i == 0) {
                if (d.isBytes()) {
                    bytes = new java.io.ByteArrayOutputStream();
                } else {
                    fstrings = new FStringParser(this::parseFStringField, fstringPositions, p);
                }
            } else if (d.isBytes() != (bytes != null)) {
                Token after = this.tokens.get(tokens.get(tokens.size() - 1).getSymbol().getTokenIndex() + 1);
                throw new PySyntaxError("cannot mix bytes and nonbytes literals", after.getLine(),
                        after.getCharPositionInLine() + 1);
            }
            if (bytes != null) {
                bytes.writeBytes(((ConstantValue.Bytes) d.value()).value());
            } else if (d.isFString()) {
                try {
                    fstrings.addFString(t, d.body(), t.getText().length() - d.body().length() - d.quoteLength(), d.isRaw(),
                            i == 0);
                } catch (PySyntaxError e) {
                    if (!e.getMessage().startsWith("(unicode error)")) {
                        throw e;
                    }
                    Token after = this.tokens.get(tokens.get(tokens.size() - 1).getSymbol().getTokenIndex() + 1);
                    throw new PySyntaxError(e.pythonType(), e.getMessage(), after.getLine(),
                            after.getCharPositionInLine() + 1, null);
                }
            } else {
                fstrings.addLiteral(d.value(), i == 0, t.getText());
            }
        }
        if (bytes != null) {
            return new Expr.Constant(new ConstantValue.Bytes(bytes.toByteArray()), null, p);
        }
        return fstrings.finish();
    }

    private final FStringParser.Positions fstringPositions = new FStringParser.Positions() {
        @Override
        public Pos tokenPos(Token token) {
            return pos(token, token);
        }

        @Override
        public int tokenColumn(Token token) {
            return pos(token, token).colOffset();
        }
    };

    /** Parses one f-string field's parenthesized expression, positioned in the enclosing file. */
    private Expr parseFStringField(String parenthesized, int lineOffset, int firstLineCol) {
        PythonParser parser = PyParser.newParser(parenthesized);
        FstringReplacementResult r = new FstringReplacementResult(parser);
        return new AstBuilder(new SourceText(parenthesized), parser.getTokenStream(), lineOffset, firstLineCol)
                .starExpressions(r.ctx.star_expressions());
    }

    private record FstringReplacementResult(Fstring_replacement_inputContext ctx) {
        FstringReplacementResult(PythonParser parser) {
            this(parser.fstring_replacement_input());
        }
    }

    private Operator augOperator(Token t) {
        return switch (t.getType()) {
            case PythonLexer.ADD_ASSIGN -> Operator.Add;
            case PythonLexer.SUB_ASSIGN -> Operator.Sub;
            case PythonLexer.MULT_ASSIGN -> Operator.Mult;
            case PythonLexer.AT_ASSIGN -> Operator.MatMult;
            case PythonLexer.DIV_ASSIGN -> Operator.Div;
            case PythonLexer.MOD_ASSIGN -> Operator.Mod;
            case PythonLexer.AND_ASSIGN -> Operator.BitAnd;
            case PythonLexer.OR_ASSIGN -> Operator.BitOr;
            case PythonLexer.XOR_ASSIGN -> Operator.BitXor;
            case PythonLexer.LEFT_SHIFT_ASSIGN -> Operator.LShift;
            case PythonLexer.RIGHT_SHIFT_ASSIGN -> Operator.RShift;
            case PythonLexer.POWER_ASSIGN -> Operator.Pow;
            default -> Operator.FloorDiv;
        };
    }

}

package org.pyj.parser;

import java.math.BigInteger;
import java.util.List;

import org.pyj.parser.ast.Alias;
import org.pyj.parser.ast.Arg;
import org.pyj.parser.ast.Arguments;
import org.pyj.parser.ast.Comprehension;
import org.pyj.parser.ast.ConstantValue;
import org.pyj.parser.ast.ExceptHandler;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.Keyword;
import org.pyj.parser.ast.MatchCase;
import org.pyj.parser.ast.Mod;
import org.pyj.parser.ast.Pattern;
import org.pyj.parser.ast.Pos;
import org.pyj.parser.ast.Stmt;
import org.pyj.parser.ast.WithItem;

/**
 * Writes our AST exactly as CPython 3.11's {@code ast.dump(tree, include_attributes=True)}
 * does: fields in ASDL order, optional fields omitted when absent, lists always shown,
 * constants as Python reprs, then the position attributes.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    private AstDump() {
    }

    public static String dump(Mod mod) {
        AstDump d = new AstDump();
        d.mod(mod);
        return d.sb.toString();
    }

    // ------------------------------------------------------------------ plumbing

    /** One node being written: "Name(" then "field=value" parts separated by ", ". */
    private final class NodeWriter {
        private boolean first = true;

        NodeWriter(String name) {
            sb.append(name).append('(');
        }

        NodeWriter field(String name) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(name).append('=');
            return this;
        }

        NodeWriter expr(String name, Expr e) {
            if (e != null) {
                field(name);
                AstDump.this.expr(e);
            }
            return this;
        }

        NodeWriter exprs(String name, List<Expr> es) {
            field(name);
            list(es, AstDump.this::exprOrNone);
            return this;
        }

        NodeWriter stmts(String name, List<Stmt> ss) {
            field(name);
            list(ss, AstDump.this::stmt);
            return this;
        }

        NodeWriter patterns(String name, List<Pattern> ps) {
            field(name);
            list(ps, AstDump.this::pattern);
            return this;
        }

        NodeWriter identifiers(String name, List<String> ids) {
            field(name);
            list(ids, s -> sb.append(LiteralRepr.stringRepr(s)));
            return this;
        }

        NodeWriter identifier(String name, String id) {
            if (id != null) {
                field(name);
                sb.append(LiteralRepr.stringRepr(id));
            }
            return this;
        }

        NodeWriter raw(String name, String text) {
            field(name);
            sb.append(text);
            return this;
        }

        NodeWriter integer(String name, int value) {
            return raw(name, Integer.toString(value));
        }

        void end(Pos pos) {
            integer("lineno", pos.lineno());
            integer("col_offset", pos.colOffset());
            integer("end_lineno", pos.endLineno());
            integer("end_col_offset", pos.endColOffset());
            end();
        }

        void end() {
            sb.append(')');
        }
    }

    private interface ItemWriter<T> {
        void write(T item);
    }

    private <T> void list(List<T> items, ItemWriter<T> writer) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            writer.write(items.get(i));
        }
        sb.append(']');
    }

    private NodeWriter node(String name) {
        return new NodeWriter(name);
    }

    // ------------------------------------------------------------------ mod and stmt

    private void mod(Mod mod) {
        switch (mod) {
            case Mod.Module m -> node("Module").stmts("body", m.body()).raw("type_ignores", "[]").end();
            case Mod.Interactive m -> node("Interactive").stmts("body", m.body()).end();
            case Mod.Expression m -> {
                NodeWriter w = node("Expression").field("body");
                expr(m.body());
                w.end();
            }
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                NodeWriter w = node(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef").identifier("name", f.name())
                        .field("args");
                arguments(f.args());
                w.stmts("body", f.body()).exprs("decorator_list", f.decoratorList()).expr("returns", f.returns())
                        .end(f.pos());
            }
            case Stmt.ClassDef c -> {
                NodeWriter w = node("ClassDef").identifier("name", c.name()).exprs("bases", c.bases()).field("keywords");
                list(c.keywords(), this::keyword);
                w.stmts("body", c.body()).exprs("decorator_list", c.decoratorList()).end(c.pos());
            }
            case Stmt.Return r -> node("Return").expr("value", r.value()).end(r.pos());
            case Stmt.Delete d -> node("Delete").exprs("targets", d.targets()).end(d.pos());
            case Stmt.Assign a -> node("Assign").exprs("targets", a.targets()).expr("value", a.value()).end(a.pos());
            case Stmt.AugAssign a -> node("AugAssign").expr("target", a.target()).raw("op", a.op().name() + "()")
                    .expr("value", a.value()).end(a.pos());
            case Stmt.AnnAssign a -> node("AnnAssign").expr("target", a.target()).expr("annotation", a.annotation())
                    .expr("value", a.value()).integer("simple", a.simple() ? 1 : 0).end(a.pos());
            case Stmt.For f -> node(f.isAsync() ? "AsyncFor" : "For").expr("target", f.target()).expr("iter", f.iter())
                    .stmts("body", f.body()).stmts("orelse", f.orelse()).end(f.pos());
            case Stmt.While w -> node("While").expr("test", w.test()).stmts("body", w.body()).stmts("orelse", w.orelse())
                    .end(w.pos());
            case Stmt.If i -> node("If").expr("test", i.test()).stmts("body", i.body()).stmts("orelse", i.orelse())
                    .end(i.pos());
            case Stmt.With w -> {
                NodeWriter n = node(w.isAsync() ? "AsyncWith" : "With").field("items");
                list(w.items(), this::withItem);
                n.stmts("body", w.body()).end(w.pos());
            }
            case Stmt.Match m -> {
                NodeWriter n = node("Match").expr("subject", m.subject()).field("cases");
                list(m.cases(), this::matchCase);
                n.end(m.pos());
            }
            case Stmt.Raise r -> node("Raise").expr("exc", r.exc()).expr("cause", r.cause()).end(r.pos());
            case Stmt.Try t -> {
                NodeWriter n = node(t.isStar() ? "TryStar" : "Try").stmts("body", t.body()).field("handlers");
                list(t.handlers(), this::handler);
                n.stmts("orelse", t.orelse()).stmts("finalbody", t.finalbody()).end(t.pos());
            }
            case Stmt.Assert a -> node("Assert").expr("test", a.test()).expr("msg", a.msg()).end(a.pos());
            case Stmt.Import i -> {
                NodeWriter n = node("Import").field("names");
                list(i.names(), this::alias);
                n.end(i.pos());
            }
            case Stmt.ImportFrom i -> {
                NodeWriter n = node("ImportFrom").identifier("module", i.module()).field("names");
                list(i.names(), this::alias);
                n.integer("level", i.level()).end(i.pos());
            }
            case Stmt.Global g -> node("Global").identifiers("names", g.names()).end(g.pos());
            case Stmt.Nonlocal g -> node("Nonlocal").identifiers("names", g.names()).end(g.pos());
            case Stmt.ExprStmt e -> node("Expr").expr("value", e.value()).end(e.pos());
            case Stmt.Pass p -> node("Pass").end(p.pos());
            case Stmt.Break b -> node("Break").end(b.pos());
            case Stmt.Continue c -> node("Continue").end(c.pos());
        }
    }

    // ------------------------------------------------------------------ expr

    private void exprOrNone(Expr e) {
        if (e == null) {
            sb.append("None");
        } else {
            expr(e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> node("BoolOp").raw("op", b.op().name() + "()").exprs("values", b.values()).end(b.pos());
            case Expr.NamedExpr n -> node("NamedExpr").expr("target", n.target()).expr("value", n.value()).end(n.pos());
            case Expr.BinOp b -> node("BinOp").expr("left", b.left()).raw("op", b.op().name() + "()")
                    .expr("right", b.right()).end(b.pos());
            case Expr.UnaryOp u -> node("UnaryOp").raw("op", u.op().name() + "()").expr("operand", u.operand())
                    .end(u.pos());
            case Expr.Lambda l -> {
                NodeWriter w = node("Lambda").field("args");
                arguments(l.args());
                w.expr("body", l.body()).end(l.pos());
            }
            case Expr.IfExp i -> node("IfExp").expr("test", i.test()).expr("body", i.body()).expr("orelse", i.orelse())
                    .end(i.pos());
            case Expr.Dict d -> node("Dict").exprs("keys", d.keys()).exprs("values", d.values()).end(d.pos());
            case Expr.Set s -> node("Set").exprs("elts", s.elts()).end(s.pos());
            case Expr.ListComp c -> comprehensionNode("ListComp", c.elt(), c.generators(), c.pos());
            case Expr.SetComp c -> comprehensionNode("SetComp", c.elt(), c.generators(), c.pos());
            case Expr.GeneratorExp c -> comprehensionNode("GeneratorExp", c.elt(), c.generators(), c.pos());
            case Expr.DictComp c -> {
                NodeWriter w = node("DictComp").expr("key", c.key()).expr("value", c.value()).field("generators");
                list(c.generators(), this::comprehension);
                w.end(c.pos());
            }
            case Expr.Await a -> node("Await").expr("value", a.value()).end(a.pos());
            case Expr.Yield y -> node("Yield").expr("value", y.value()).end(y.pos());
            case Expr.YieldFrom y -> node("YieldFrom").expr("value", y.value()).end(y.pos());
            case Expr.Compare c -> {
                NodeWriter w = node("Compare").expr("left", c.left()).field("ops");
                list(c.ops(), op -> sb.append(op.name()).append("()"));
                w.exprs("comparators", c.comparators()).end(c.pos());
            }
            case Expr.Call c -> {
                NodeWriter w = node("Call").expr("func", c.func()).exprs("args", c.args()).field("keywords");
                list(c.keywords(), this::keyword);
                w.end(c.pos());
            }
            case Expr.FormattedValue f -> node("FormattedValue").expr("value", f.value())
                    .integer("conversion", f.conversion()).expr("format_spec", f.formatSpec()).end(f.pos());
            case Expr.JoinedStr j -> node("JoinedStr").exprs("values", j.values()).end(j.pos());
            case Expr.Constant c -> {
                NodeWriter w = node("Constant").raw("value", constant(c.value()));
                if (c.kind() != null) {
                    w.identifier("kind", c.kind());
                }
                w.end(c.pos());
            }
            case Expr.Attribute a -> node("Attribute").expr("value", a.value()).identifier("attr", a.attr())
                    .raw("ctx", a.ctx().name() + "()").end(a.pos());
            case Expr.Subscript s -> node("Subscript").expr("value", s.value()).expr("slice", s.slice())
                    .raw("ctx", s.ctx().name() + "()").end(s.pos());
            case Expr.Starred s -> node("Starred").expr("value", s.value()).raw("ctx", s.ctx().name() + "()")
                    .end(s.pos());
            case Expr.Name n -> node("Name").identifier("id", n.id()).raw("ctx", n.ctx().name() + "()").end(n.pos());
            case Expr.List_ l -> node("List").exprs("elts", l.elts()).raw("ctx", l.ctx().name() + "()").end(l.pos());
            case Expr.Tuple t -> node("Tuple").exprs("elts", t.elts()).raw("ctx", t.ctx().name() + "()").end(t.pos());
            case Expr.Slice s -> node("Slice").expr("lower", s.lower()).expr("upper", s.upper()).expr("step", s.step())
                    .end(s.pos());
        }
    }

    private void comprehensionNode(String name, Expr elt, List<Comprehension> generators, Pos pos) {
        NodeWriter w = node(name).expr("elt", elt).field("generators");
        list(generators, this::comprehension);
        w.end(pos);
    }

    /** A constant's Python repr. */
    static String constant(Object v) {
        if (v instanceof BigInteger i) {
            return i.toString();
        } else if (v instanceof Double d) {
            return LiteralRepr.floatRepr(d);
        } else if (v instanceof String s) {
            return LiteralRepr.stringRepr(s);
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v == ConstantValue.NONE) {
            return "None";
        } else if (v == ConstantValue.ELLIPSIS) {
            return "Ellipsis";
        } else if (v instanceof ConstantValue.Complex c) {
            return LiteralRepr.complexRepr(c.imag());
        } else if (v instanceof ConstantValue.CodePoints c) {
            return LiteralRepr.stringRepr(c.value());
        } else if (v instanceof ConstantValue.Bytes b) {
            return LiteralRepr.bytesRepr(b.value());
        }
        throw new IllegalArgumentException("not a constant: " + v);
    }

    // ------------------------------------------------------------------ the small types

    private void comprehension(Comprehension c) {
        node("comprehension").expr("target", c.target()).expr("iter", c.iter()).exprs("ifs", c.ifs())
                .integer("is_async", c.isAsync() ? 1 : 0).end();
    }

    private void arguments(Arguments a) {
        NodeWriter w = node("arguments").field("posonlyargs");
        list(a.posonlyargs(), this::arg);
        w.field("args");
        list(a.args(), this::arg);
        if (a.vararg() != null) {
            w.field("vararg");
            arg(a.vararg());
        }
        w.field("kwonlyargs");
        list(a.kwonlyargs(), this::arg);
        w.exprs("kw_defaults", a.kwDefaults());
        if (a.kwarg() != null) {
            w.field("kwarg");
            arg(a.kwarg());
        }
        w.exprs("defaults", a.defaults()).end();
    }

    private void arg(Arg a) {
        node("arg").identifier("arg", a.arg()).expr("annotation", a.annotation()).end(a.pos());
    }

    private void keyword(Keyword k) {
        node("keyword").identifier("arg", k.arg()).expr("value", k.value()).end(k.pos());
    }

    private void alias(Alias a) {
        node("alias").identifier("name", a.name()).identifier("asname", a.asname()).end(a.pos());
    }

    private void withItem(WithItem w) {
        node("withitem").expr("context_expr", w.contextExpr()).expr("optional_vars", w.optionalVars()).end();
    }

    private void handler(ExceptHandler h) {
        node("ExceptHandler").expr("type", h.type()).identifier("name", h.name()).stmts("body", h.body()).end(h.pos());
    }

    private void matchCase(MatchCase c) {
        NodeWriter w = node("match_case").field("pattern");
        pattern(c.pattern());
        w.expr("guard", c.guard()).stmts("body", c.body()).end();
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> node("MatchValue").expr("value", v.value()).end(v.pos());
            case Pattern.MatchSingleton s -> node("MatchSingleton").raw("value", constant(s.value())).end(s.pos());
            case Pattern.MatchSequence s -> node("MatchSequence").patterns("patterns", s.patterns()).end(s.pos());
            case Pattern.MatchMapping m -> node("MatchMapping").exprs("keys", m.keys()).patterns("patterns", m.patterns())
                    .identifier("rest", m.rest()).end(m.pos());
            case Pattern.MatchClass c -> node("MatchClass").expr("cls", c.cls()).patterns("patterns", c.patterns())
                    .identifiers("kwd_attrs", c.kwdAttrs()).patterns("kwd_patterns", c.kwdPatterns()).end(c.pos());
            case Pattern.MatchStar s -> node("MatchStar").identifier("name", s.name()).end(s.pos());
            case Pattern.MatchAs a -> {
                NodeWriter w = node("MatchAs");
                if (a.pattern() != null) {
                    w.field("pattern");
                    pattern(a.pattern());
                }
                w.identifier("name", a.name()).end(a.pos());
            }
            case Pattern.MatchOr o -> node("MatchOr").patterns("patterns", o.patterns()).end(o.pos());
        }
    }
}

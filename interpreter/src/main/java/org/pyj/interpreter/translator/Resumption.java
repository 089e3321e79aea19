package org.pyj.interpreter.translator;

import java.util.ArrayList;
import java.util.List;

import org.pyj.parser.ast.Arguments;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.Keyword;
import org.pyj.parser.ast.Stmt;

/**
 * The order in which a statement or expression evaluates its direct sub-expressions, as
 * CPython's compiler emits them. When one of them contains a suspension point, those before
 * it are kept for the replay of the resumption (NodeTranslator wraps them in ReplayNodes).
 * Compound statements are not listed: their resumable nodes go back into the right part.
 */
final class Resumption {
    private Resumption() {
    }

    static List<Expr> evaluationOrder(Stmt s) {
        List<Expr> out = new ArrayList<>();
        switch (s) {
            case Stmt.ExprStmt e -> out.add(e.value());
            case Stmt.Assign a -> out.add(a.value());
            case Stmt.AnnAssign a -> out.add(a.value());
            case Stmt.AugAssign a -> {
                // The target's parts are read first (the name itself is handled by the translator).
                if (a.target() instanceof Expr.Attribute at) {
                    out.add(at.value());
                } else if (a.target() instanceof Expr.Subscript sub) {
                    out.add(sub.value());
                    out.add(sub.slice());
                }
                out.add(a.value());
            }
            case Stmt.Return r -> out.add(r.value());
            case Stmt.Raise r -> {
                out.add(r.exc());
                out.add(r.cause());
            }
            case Stmt.Assert a -> {
                out.add(a.test());
                out.add(a.msg());
            }
            case Stmt.FunctionDef f -> {
                out.addAll(f.decoratorList());
                defaults(f.args(), out);
            }
            case Stmt.ClassDef c -> {
                out.addAll(c.decoratorList());
                for (Expr b : c.bases()) {
                    out.add(unstarred(b));
                }
                for (Keyword k : c.keywords()) {
                    out.add(k.value());
                }
            }
            default -> {
            }
        }
        return out;
    }

    static List<Expr> evaluationOrder(Expr e, java.util.function.Predicate<Expr> suspends) {
        List<Expr> out = new ArrayList<>();
        switch (e) {
            case Expr.BinOp b -> {
                out.add(b.left());
                out.add(b.right());
            }
            case Expr.BoolOp b -> out.addAll(b.values());
            case Expr.Compare c -> {
                out.add(c.left());
                out.addAll(c.comparators());
            }
            case Expr.IfExp i -> {
                // Only one branch runs, after the test: the test is what a branch's suspension replays.
                out.add(i.test());
                out.add(suspends.test(i.body()) ? i.body() : i.orelse());
            }
            case Expr.UnaryOp u -> out.add(u.operand());
            case Expr.Call c -> {
                out.add(c.func());
                for (Expr a : c.args()) {
                    out.add(unstarred(a));
                }
                for (Keyword k : c.keywords()) {
                    out.add(k.value());
                }
            }
            case Expr.Attribute a -> out.add(a.value());
            case Expr.Subscript sub -> {
                out.add(sub.value());
                out.add(sub.slice());
            }
            case Expr.Slice sl -> {
                out.add(sl.lower());
                out.add(sl.upper());
                out.add(sl.step());
            }
            case Expr.Tuple t -> t.elts().forEach(x -> out.add(unstarred(x)));
            case Expr.List_ l -> l.elts().forEach(x -> out.add(unstarred(x)));
            case Expr.Set st -> st.elts().forEach(x -> out.add(unstarred(x)));
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    out.add(d.keys().get(i));
                    out.add(d.values().get(i));
                }
            }
            case Expr.JoinedStr j -> out.addAll(j.values());
            case Expr.FormattedValue fv -> {
                out.add(fv.value());
                out.add(fv.formatSpec());
            }
            case Expr.Lambda l -> defaults(l.args(), out);
            default -> {
                // One operand or none: nothing is evaluated before a sibling.
            }
        }
        return out;
    }

    private static void defaults(Arguments a, List<Expr> out) {
        out.addAll(a.defaults());
        out.addAll(a.kwDefaults());
    }

    private static Expr unstarred(Expr e) {
        return e instanceof Expr.Starred st ? st.value() : e;
    }
}

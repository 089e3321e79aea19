package org.pyj.parser.ast;

import java.util.List;

/** ASDL `expr` of Python 3.11. */
public sealed interface Expr extends Node {
    record BoolOp(Boolop op, List<Expr> values, Pos pos) implements Expr {
    }

    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {
    }

    record UnaryOp(Unaryop op, Expr operand, Pos pos) implements Expr {
    }

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
    }

    /** A null key stands for a `**mapping` entry, as in CPython. */
    record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    }

    record Set(List<Expr> elts, Pos pos) implements Expr {
    }

    record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record Await(Expr value, Pos pos) implements Expr {
    }

    record Yield(Expr value, Pos pos) implements Expr {
    }

    record YieldFrom(Expr value, Pos pos) implements Expr {
    }

    record Compare(Expr left, List<Cmpop> ops, List<Expr> comparators, Pos pos) implements Expr {
    }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {
    }

    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
    }

    record JoinedStr(List<Expr> values, Pos pos) implements Expr {
    }

    /**
     * A literal. {@code value} is a {@link java.math.BigInteger} (int), {@link Double} (float),
     * {@link ConstantValue.Complex}, {@link String} (str), {@link ConstantValue.Bytes}, {@link Boolean},
     * {@link ConstantValue#NONE} or {@link ConstantValue#ELLIPSIS}; {@code kind} is "u" or null.
     */
    record Constant(Object value, String kind, Pos pos) implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {
    }

    record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {
    }

    record Name(String id, ExprContext ctx, Pos pos) implements Expr {
    }

    record List_(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    }

    record Tuple(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    }

    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
    }
}

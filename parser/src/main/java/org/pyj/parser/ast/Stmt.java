package org.pyj.parser.ast;

import java.util.List;

/** ASDL `stmt` of Python 3.11. */
public sealed interface Stmt extends Node {
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
            boolean isAsync, Pos pos) implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList,
            Pos pos) implements Stmt {
    }

    record Return(Expr value, Pos pos) implements Stmt {
    }

    record Delete(List<Expr> targets, Pos pos) implements Stmt {
    }

    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {
    }

    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, Pos pos) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Pos pos) implements Stmt {
    }

    record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            boolean isStar, Pos pos) implements Stmt {
    }

    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
    }

    record Import(List<Alias> names, Pos pos) implements Stmt {
    }

    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
    }

    record Global(List<String> names, Pos pos) implements Stmt {
    }

    record Nonlocal(List<String> names, Pos pos) implements Stmt {
    }

    /** ASDL `Expr(expr value)`: an expression statement. */
    record ExprStmt(Expr value, Pos pos) implements Stmt {
    }

    record Pass(Pos pos) implements Stmt {
    }

    record Break(Pos pos) implements Stmt {
    }

    record Continue(Pos pos) implements Stmt {
    }
}

package org.pyj.interpreter.translator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyj.parser.PySyntaxError;
import org.pyj.parser.ast.Alias;
import org.pyj.parser.ast.Arg;
import org.pyj.parser.ast.Arguments;
import org.pyj.parser.ast.Comprehension;
import org.pyj.parser.ast.ExceptHandler;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.Keyword;
import org.pyj.parser.ast.MatchCase;
import org.pyj.parser.ast.Mod;
import org.pyj.parser.ast.Node;
import org.pyj.parser.ast.Stmt;
import org.pyj.parser.ast.WithItem;

/**
 * CPython's symtable: for every code block (module, function, lambda) which names are locals,
 * which are cells (locals that nested functions read), which are free (an enclosing
 * function's cells) and which are globals. Built in one pass over the module before
 * translation, then resolved top-down.
 */
final class SymbolTable {
    enum Kind {
        /** A function's local in a frame slot. */
        LOCAL,
        /** A local that nested functions read: its frame slot holds a PCell. */
        CELL,
        /** An enclosing function's cell, passed in the closure. */
        FREE,
        /** The module's globals, then builtins. */
        GLOBAL,
        /** A class body's name: its namespace, then globals, then builtins (LOAD_NAME). */
        NAME
    }

    static final class Block {
        final Node node;
        final Block parent;
        final boolean isFunction;
        /** A class body: its names live in the class namespace and are invisible to nested functions. */
        boolean isClass;
        final Set<String> bound = new LinkedHashSet<>();
        final Set<String> used = new LinkedHashSet<>();
        final Set<String> globals = new LinkedHashSet<>();
        final Set<String> nonlocals = new LinkedHashSet<>();
        /** Where each global/nonlocal name was declared: CPython reports directive errors there. */
        final Map<String, org.pyj.parser.ast.Pos> directives = new java.util.HashMap<>();
        final List<Block> children = new ArrayList<>();
        final Map<String, Kind> kinds = new java.util.HashMap<>();
        /** A comprehension's own function: assignment expressions in it bind outside it. */
        boolean isComprehension;
        /** What kind of comprehension, as CPython's messages name it ("list comprehension", ...). */
        String comprehensionKind;
        /** Whether the function's body yields: calling it makes a generator. */
        boolean isGenerator;
        /** An {@code async def}. */
        boolean isAsyncDef;
        /**
         * Calling it makes a coroutine (or, with {@code isGenerator}, an async generator): an
         * {@code async def}, or a comprehension with {@code async for} or {@code await} in it.
         */
        boolean isCoroutine;
        /** The statements being collected, innermost last: those a suspension point is found in contain one. */
        final java.util.ArrayDeque<Stmt> statementStack = new java.util.ArrayDeque<>();
        /** The same for expressions. */
        final java.util.ArrayDeque<Expr> exprStack = new java.util.ArrayDeque<>();
        /** Free variables in a fixed order: the layout of the function's closure. */
        final List<String> freevars = new ArrayList<>();
        /** The name of the innermost enclosing class (this block's own for a class body): what private names are mangled with. */
        String privateName;

        Block(Node node, Block parent, boolean isFunction) {
            this.node = node;
            this.parent = parent;
            this.isFunction = isFunction;
            this.privateName = parent == null ? null : parent.privateName;
        }

        /** A name as this block's code sees it: {@code __x} in a class becomes {@code _Class__x}. */
        String mangle(String name) {
            return PrivateNames.mangle(privateName, name);
        }

        Kind kindOf(String name) {
            Kind k = kinds.get(name);
            if (k != null) {
                return k;
            }
            if (isFunction && bound.contains(name)) {
                return Kind.LOCAL;
            }
            return isClass ? Kind.NAME : Kind.GLOBAL;
        }
    }

    private final Map<Node, Block> blocks = new IdentityHashMap<>();
    /**
     * Statements and expressions that contain a suspension point of their own code block (yield,
     * yield from, await, async for/with, an awaited async comprehension; not counting nested
     * functions): such code must be able to resume in the middle.
     */
    private final Set<Stmt> suspendingStatements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Expr> suspendingExprs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    boolean suspends(Stmt s) {
        return suspendingStatements.contains(s);
    }

    boolean suspends(Expr e) {
        return e != null && suspendingExprs.contains(e);
    }
    private final Block module = new Block(null, null, false);

    static SymbolTable build(Mod.Module m) {
        return build(m, false);
    }

    /** With {@code namespaceMode} the module's names resolve as a class body's (code run by exec with locals). */
    static SymbolTable build(Mod.Module m, boolean namespaceMode) {
        SymbolTable t = new SymbolTable();
        t.module.isClass = namespaceMode;
        t.stmts(m.body(), t.module);
        t.resolve(t.module, Set.of());
        return t;
    }

    Block module() {
        return module;
    }

    /** The block of a function, lambda or class. */
    Block blockOf(Node functionOrLambda) {
        return blocks.get(functionOrLambda);
    }

    // ------------------------------------------------------------------ collecting

    private Block function(Node node, Block parent, Arguments args) {
        Block b = new Block(node, parent, true);
        blocks.put(node, b);
        parent.children.add(b);
        for (Arg a : allArgs(args)) {
            b.bound.add(b.mangle(a.arg()));
        }
        return b;
    }

    static List<Arg> allArgs(Arguments a) {
        List<Arg> out = new ArrayList<>(a.posonlyargs());
        out.addAll(a.args());
        if (a.vararg() != null) {
            out.add(a.vararg());
        }
        out.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            out.add(a.kwarg());
        }
        return out;
    }

    private void stmts(List<Stmt> stmts, Block b) {
        for (Stmt s : stmts) {
            stmt(s, b);
        }
    }

    private void stmt(Stmt s, Block b) {
        b.statementStack.addLast(s);
        try {
            statement(s, b);
        } finally {
            b.statementStack.removeLast();
        }
    }

    private void statement(Stmt s, Block b) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decoratorList(), b);
                defaults(f.args(), b);
                if (f.returns() != null) {
                    expr(f.returns(), b);
                }
                b.bound.add(b.mangle(f.name()));
                Block inner = function(f, b, f.args());
                inner.isAsyncDef = f.isAsync();
                inner.isCoroutine = f.isAsync();
                stmts(f.body(), inner);
            }
            case Stmt.ClassDef c -> {
                exprs(c.decoratorList(), b);
                exprs(c.bases(), b);
                for (Keyword k : c.keywords()) {
                    expr(k.value(), b);
                }
                b.bound.add(b.mangle(c.name()));
                Block inner = new Block(c, b, false);
                inner.isClass = true;
                inner.privateName = c.name();
                blocks.put(c, inner);
                b.children.add(inner);
                stmts(c.body(), inner);
            }
            case Stmt.Return r -> optional(r.value(), b);
            case Stmt.Delete d -> targets(d.targets(), b);
            case Stmt.Assign a -> {
                expr(a.value(), b);
                targets(a.targets(), b);
            }
            case Stmt.AugAssign a -> {
                expr(a.value(), b);
                target(a.target(), b);
                if (a.target() instanceof Expr.Name n) {
                    b.used.add(b.mangle(n.id()));
                }
            }
            case Stmt.AnnAssign a -> {
                optional(a.value(), b);
                expr(a.annotation(), b);
                target(a.target(), b);
            }
            case Stmt.For f -> {
                if (f.isAsync()) {
                    markSuspension(b);
                }
                expr(f.iter(), b);
                target(f.target(), b);
                stmts(f.body(), b);
                stmts(f.orelse(), b);
            }
            case Stmt.While w -> {
                expr(w.test(), b);
                stmts(w.body(), b);
                stmts(w.orelse(), b);
            }
            case Stmt.If i -> {
                expr(i.test(), b);
                stmts(i.body(), b);
                stmts(i.orelse(), b);
            }
            case Stmt.With w -> {
                if (w.isAsync()) {
                    markSuspension(b);
                }
                for (WithItem i : w.items()) {
                    expr(i.contextExpr(), b);
                    if (i.optionalVars() != null) {
                        target(i.optionalVars(), b);
                    }
                }
                stmts(w.body(), b);
            }
            case Stmt.Match m -> {
                expr(m.subject(), b);
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), b);
                    optional(c.guard(), b);
                    stmts(c.body(), b);
                }
            }
            case Stmt.Raise r -> {
                optional(r.exc(), b);
                optional(r.cause(), b);
            }
            case Stmt.Try t -> {
                stmts(t.body(), b);
                for (ExceptHandler h : t.handlers()) {
                    optional(h.type(), b);
                    if (h.name() != null) {
                        b.bound.add(b.mangle(h.name()));
                    }
                    stmts(h.body(), b);
                }
                stmts(t.orelse(), b);
                stmts(t.finalbody(), b);
            }
            case Stmt.Assert a -> {
                expr(a.test(), b);
                optional(a.msg(), b);
            }
            case Stmt.Import im -> {
                for (Alias a : im.names()) {
                    b.bound.add(b.mangle(a.asname() != null ? a.asname() : a.name().split("\\.")[0]));
                }
            }
            case Stmt.ImportFrom im -> {
                if (im.names().size() == 1 && im.names().get(0).name().equals("*")
                        && (b.isFunction || b.isClass && b.node != null)) {
                    throw rangedError("import * only allowed at module level", im.pos());
                }
                for (Alias a : im.names()) {
                    if (!a.name().equals("*")) {
                        b.bound.add(b.mangle(a.asname() != null ? a.asname() : a.name()));
                    }
                }
            }
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    b.globals.add(b.mangle(name));
                    b.directives.putIfAbsent(b.mangle(name), g.pos());
                }
            }
            case Stmt.Nonlocal n -> {
                if (!b.isFunction && !b.isClass) {
                    throw rangedError("nonlocal declaration not allowed at module level", n.pos());
                }
                for (String name : n.names()) {
                    b.nonlocals.add(b.mangle(name));
                    b.directives.putIfAbsent(b.mangle(name), n.pos());
                }
            }
            case Stmt.ExprStmt e -> expr(e.value(), b);
            case Stmt.Pass p -> {
            }
            case Stmt.Break br -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    /** A pattern's captures are bindings; its values, classes and mapping keys are uses. */
    private void pattern(org.pyj.parser.ast.Pattern p, Block b) {
        switch (p) {
            case org.pyj.parser.ast.Pattern.MatchValue v -> expr(v.value(), b);
            case org.pyj.parser.ast.Pattern.MatchSingleton s -> {
            }
            case org.pyj.parser.ast.Pattern.MatchSequence s -> s.patterns().forEach(x -> pattern(x, b));
            case org.pyj.parser.ast.Pattern.MatchMapping m -> {
                exprs(m.keys(), b);
                m.patterns().forEach(x -> pattern(x, b));
                if (m.rest() != null) {
                    b.bound.add(b.mangle(m.rest()));
                }
            }
            case org.pyj.parser.ast.Pattern.MatchClass c -> {
                expr(c.cls(), b);
                c.patterns().forEach(x -> pattern(x, b));
                c.kwdPatterns().forEach(x -> pattern(x, b));
            }
            case org.pyj.parser.ast.Pattern.MatchStar s -> {
                if (s.name() != null) {
                    b.bound.add(b.mangle(s.name()));
                }
            }
            case org.pyj.parser.ast.Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern(), b);
                }
                if (a.name() != null) {
                    b.bound.add(b.mangle(a.name()));
                }
            }
            case org.pyj.parser.ast.Pattern.MatchOr o -> o.patterns().forEach(x -> pattern(x, b));
        }
    }

    private void defaults(Arguments a, Block b) {
        exprs(a.defaults(), b);
        for (Expr e : a.kwDefaults()) {
            optional(e, b);
        }
        for (Arg arg : allArgs(a)) {
            optional(arg.annotation(), b);
        }
    }

    private void targets(List<Expr> targets, Block b) {
        for (Expr t : targets) {
            target(t, b);
        }
    }

    private void target(Expr t, Block b) {
        switch (t) {
            case Expr.Name n -> b.bound.add(b.mangle(n.id()));
            case Expr.Tuple tu -> targets(tu.elts(), b);
            case Expr.List_ l -> targets(l.elts(), b);
            case Expr.Starred st -> target(st.value(), b);
            default -> expr(t, b);
        }
    }

    private void optional(Expr e, Block b) {
        if (e != null) {
            expr(e, b);
        }
    }

    private void exprs(List<Expr> es, Block b) {
        for (Expr e : es) {
            optional(e, b);
        }
    }

    private void expr(Expr e, Block b) {
        b.exprStack.addLast(e);
        try {
            expression(e, b);
        } finally {
            b.exprStack.removeLast();
        }
    }

    private void expression(Expr e, Block b) {
        switch (e) {
            case Expr.Name n -> {
                b.used.add(b.mangle(n.id()));
                if (b.isFunction && (n.id().equals("super") || n.id().equals("__class__"))) {
                    // Zero-argument super() reads the class from the implicit __class__ cell.
                    b.used.add("__class__");
                }
            }
            case Expr.Lambda l -> {
                defaults(l.args(), b);
                Block inner = function(l, b, l.args());
                expr(l.body(), inner);
            }
            case Expr.NamedExpr n -> {
                expr(n.value(), b);
                if (b.isComprehension && n.target() instanceof Expr.Name name) {
                    // PEP 572: the target binds in the scope that contains the comprehension.
                    Block outer = b;
                    while (outer.isComprehension) {
                        outer = outer.parent;
                    }
                    String id = b.mangle(name.id());
                    outer.bound.add(id);
                    for (Block c = b; c != outer; c = c.parent) {
                        if (outer.isFunction) {
                            c.nonlocals.add(id);
                        } else {
                            c.globals.add(id);
                        }
                        c.used.add(id);
                    }
                } else {
                    target(n.target(), b);
                }
            }
            case Expr.BoolOp x -> exprs(x.values(), b);
            case Expr.BinOp x -> {
                expr(x.left(), b);
                expr(x.right(), b);
            }
            case Expr.UnaryOp x -> expr(x.operand(), b);
            case Expr.IfExp x -> {
                expr(x.test(), b);
                expr(x.body(), b);
                expr(x.orelse(), b);
            }
            case Expr.Dict x -> {
                exprs(x.keys(), b);
                exprs(x.values(), b);
            }
            case Expr.Set x -> exprs(x.elts(), b);
            case Expr.ListComp x -> comprehension(x, "list comprehension", x.elt(), null, x.generators(), b);
            case Expr.SetComp x -> comprehension(x, "set comprehension", x.elt(), null, x.generators(), b);
            case Expr.GeneratorExp x -> comprehension(x, "generator expression", x.elt(), null, x.generators(), b);
            case Expr.DictComp x -> comprehension(x, "dict comprehension", x.key(), x.value(), x.generators(), b);
            case Expr.Await x -> {
                expr(x.value(), b);
                markSuspension(b);
                if (b.isComprehension) {
                    b.isCoroutine = true;
                }
            }
            case Expr.Yield x -> {
                optional(x.value(), b);
                markYield(b, x);
            }
            case Expr.YieldFrom x -> {
                expr(x.value(), b);
                markYield(b, x);
            }
            case Expr.Compare x -> {
                expr(x.left(), b);
                exprs(x.comparators(), b);
            }
            case Expr.Call x -> {
                expr(x.func(), b);
                exprs(x.args(), b);
                for (Keyword k : x.keywords()) {
                    expr(k.value(), b);
                }
            }
            case Expr.FormattedValue x -> {
                expr(x.value(), b);
                optional(x.formatSpec(), b);
            }
            case Expr.JoinedStr x -> exprs(x.values(), b);
            case Expr.Constant x -> {
            }
            case Expr.Attribute x -> expr(x.value(), b);
            case Expr.Subscript x -> {
                expr(x.value(), b);
                expr(x.slice(), b);
            }
            case Expr.Starred x -> expr(x.value(), b);
            case Expr.List_ x -> exprs(x.elts(), b);
            case Expr.Tuple x -> exprs(x.elts(), b);
            case Expr.Slice x -> {
                optional(x.lower(), b);
                optional(x.upper(), b);
                optional(x.step(), b);
            }
        }
    }

    private void markYield(Block b, Expr yield) {
        if (b.isComprehension) {
            throw rangedError("'yield' inside " + b.comprehensionKind, yield.pos());
        }
        b.isGenerator = true;
        markSuspension(b);
    }

    /** A suspension point here: the statements and expressions being visited contain one. */
    private void markSuspension(Block b) {
        suspendingStatements.addAll(b.statementStack);
        suspendingExprs.addAll(b.exprStack);
    }

    /**
     * A comprehension is a function of its own (as in CPython 3.11): the first iterable is
     * evaluated outside and passed in as the parameter {@code .0}; everything else is inside.
     */
    private void comprehension(Node node, String kind, Expr elt, Expr value, List<Comprehension> gens, Block b) {
        expr(gens.get(0).iter(), b);
        Block inner = new Block(node, b, true);
        inner.isComprehension = true;
        inner.comprehensionKind = kind;
        boolean genexp = node instanceof Expr.GeneratorExp;
        blocks.put(node, inner);
        b.children.add(inner);
        inner.bound.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (c.isAsync()) {
                inner.isCoroutine = true;
            }
            if (i > 0) {
                expr(c.iter(), inner);
            }
            target(c.target(), inner);
            exprs(c.ifs(), inner);
        }
        if (value != null) {
            expr(elt, inner);
            expr(value, inner);
        } else {
            expr(elt, inner);
        }
        // A generator expression's yields are its own; it yields what it makes.
        inner.isGenerator = genexp;
        if (inner.isCoroutine && !genexp) {
            // Awaited where it is written: a suspension point there, and an enclosing comprehension is async too.
            markSuspension(b);
            if (b.isComprehension) {
                b.isCoroutine = true;
            }
        }
    }

    // ------------------------------------------------------------------ resolving

    /**
     * Decides every name's kind top-down: {@code enclosing} holds the names that enclosing
     * function blocks keep as locals. A child's free variable becomes a cell where it is bound
     * and a free variable of every block in between (which passes the cell on).
     */
    private void resolve(Block b, Set<String> enclosing) {
        for (String n : b.nonlocals) {
            if (b.globals.contains(n)) {
                throw rangedError("name '" + n + "' is nonlocal and global", b.directives.get(n));
            }
            if (!enclosing.contains(n)) {
                throw rangedError("no binding for nonlocal '" + n + "' found", b.directives.get(n));
            }
            b.kinds.put(n, Kind.FREE);
        }
        if (b.isFunction) {
            for (String n : b.bound) {
                if (!b.globals.contains(n) && !b.nonlocals.contains(n)) {
                    b.kinds.put(n, Kind.LOCAL);
                }
            }
        }
        if (b.isFunction || b.isClass) {
            for (String n : b.used) {
                if (!b.kinds.containsKey(n) && !b.globals.contains(n) && enclosing.contains(n)
                        && !(b.isClass && b.bound.contains(n))) {
                    b.kinds.put(n, Kind.FREE);
                }
            }
        }
        for (String n : b.globals) {
            b.kinds.put(n, Kind.GLOBAL);
        }
        Set<String> inner = new LinkedHashSet<>(enclosing);
        if (b.isClass) {
            inner.add("__class__");
        }
        if (b.isFunction) {
            for (Map.Entry<String, Kind> e : b.kinds.entrySet()) {
                if (e.getValue() != Kind.GLOBAL) {
                    inner.add(e.getKey());
                } else {
                    inner.remove(e.getKey());
                }
            }
        }
        for (Block child : b.children) {
            resolve(child, inner);
            for (String n : child.freevars) {
                Kind k = b.kinds.get(n);
                if (b.isClass && n.equals("__class__")) {
                    b.kinds.put(n, Kind.CELL);
                } else if (k == Kind.LOCAL) {
                    b.kinds.put(n, Kind.CELL);
                } else if (k == null && (b.isFunction || b.isClass && !b.bound.contains(n))) {
                    b.kinds.put(n, Kind.FREE);
                }
            }
        }
        for (Map.Entry<String, Kind> e : b.kinds.entrySet()) {
            if (e.getValue() == Kind.FREE && !b.freevars.contains(e.getKey())) {
                b.freevars.add(e.getKey());
            }
        }
    }

    /** A SyntaxError with the node's whole range, as CPython's symtable reports one. */
    static PySyntaxError rangedError(String message, org.pyj.parser.ast.Pos pos) {
        if (pos == null) {
            return new PySyntaxError(message, 1, 1);
        }
        return new PySyntaxError(message, pos.lineno(), pos.colOffset() + 1).withEnd(pos.endLineno(),
                pos.endColOffset() + 1);
    }
}

package org.pyj.interpreter.translator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.pyj.interpreter.PyjLanguage;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.PyNumberAddNodeGen;
import org.pyj.interpreter.lib.PyNumberAndNodeGen;
import org.pyj.interpreter.lib.PyNumberBinaryNode;
import org.pyj.interpreter.lib.PyNumberFloorDivideNodeGen;
import org.pyj.interpreter.lib.PyNumberInvertNodeGen;
import org.pyj.interpreter.lib.PyNumberLshiftNodeGen;
import org.pyj.interpreter.lib.PyNumberMultiplyNodeGen;
import org.pyj.interpreter.lib.PyNumberNegativeNodeGen;
import org.pyj.interpreter.lib.PyNumberOrNodeGen;
import org.pyj.interpreter.lib.PyNumberPositiveNodeGen;
import org.pyj.interpreter.lib.PyNumberPowerNodeGen;
import org.pyj.interpreter.lib.PyNumberRemainderNodeGen;
import org.pyj.interpreter.lib.PyNumberRshiftNodeGen;
import org.pyj.interpreter.lib.PyNumberSubtractNodeGen;
import org.pyj.interpreter.lib.PyNumberTrueDivideNodeGen;
import org.pyj.interpreter.lib.PyNumberXorNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.PythonRootNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.call.CallNode;
import org.pyj.interpreter.nodes.expression.BinaryArithmeticNode;
import org.pyj.interpreter.nodes.expression.BoolOpNode;
import org.pyj.interpreter.nodes.expression.CompareNode;
import org.pyj.interpreter.nodes.expression.GetAttributeNode;
import org.pyj.interpreter.nodes.expression.IfExpressionNode;
import org.pyj.interpreter.nodes.expression.NotNode;
import org.pyj.interpreter.nodes.expression.SubscriptNode;
import org.pyj.interpreter.nodes.expression.UnaryArithmeticNode;
import org.pyj.interpreter.nodes.literal.BooleanLiteralNode;
import org.pyj.interpreter.nodes.literal.ConstantNode;
import org.pyj.interpreter.nodes.literal.FloatLiteralNode;
import org.pyj.interpreter.nodes.literal.IntLiteralNode;
import org.pyj.interpreter.nodes.literal.LongLiteralNode;
import org.pyj.interpreter.nodes.literal.TupleLiteralNode;
import org.pyj.interpreter.nodes.literal.ListLiteralNode;
import org.pyj.interpreter.nodes.literal.SetLiteralNode;
import org.pyj.interpreter.nodes.literal.DictLiteralNode;
import org.pyj.interpreter.nodes.expression.BuildClassNode;
import org.pyj.interpreter.nodes.expression.DecoratedNode;
import org.pyj.interpreter.nodes.expression.ElementsNode;
import org.pyj.interpreter.nodes.expression.SliceNode;
import org.pyj.interpreter.nodes.expression.ZeroArgSuperNode;
import org.pyj.interpreter.nodes.expression.NamedExprNode;
import org.pyj.interpreter.nodes.statement.WithNode;
import org.pyj.interpreter.nodes.statement.TryStarNode;
import org.pyj.interpreter.nodes.statement.ImportStarNode;
import org.pyj.interpreter.nodes.match.MatchNode;
import org.pyj.interpreter.nodes.match.PatternNode;
import org.pyj.interpreter.nodes.match.Patterns;
import org.pyj.interpreter.nodes.generator.AsyncForNode;
import org.pyj.interpreter.nodes.generator.AsyncWithNode;
import org.pyj.interpreter.nodes.generator.AwaitNode;
import org.pyj.interpreter.nodes.generator.CreateGeneratorNode;
import org.pyj.interpreter.nodes.generator.GenMatchNode;
import org.pyj.interpreter.nodes.generator.ReplayNode;
import org.pyj.interpreter.nodes.generator.SavedValue;
import org.pyj.interpreter.nodes.generator.GenBlockNode;
import org.pyj.interpreter.nodes.generator.GenForNode;
import org.pyj.interpreter.nodes.generator.GenIfNode;
import org.pyj.interpreter.nodes.generator.GenTryNode;
import org.pyj.interpreter.nodes.generator.GenWhileNode;
import org.pyj.interpreter.nodes.generator.YieldFromNode;
import org.pyj.interpreter.nodes.generator.YieldNode;
import org.pyj.interpreter.nodes.expression.CallComprehensionNode;
import org.pyj.interpreter.nodes.expression.ComprehensionAddNode;
import org.pyj.interpreter.nodes.expression.ComprehensionStartNode;
import org.pyj.interpreter.nodes.variables.ReadHiddenSlotNode;
import org.pyj.interpreter.nodes.statement.AugAssignAttributeNode;
import org.pyj.interpreter.nodes.statement.AugAssignSubscriptNode;
import org.pyj.interpreter.nodes.variables.AttributeTargetNode;
import org.pyj.interpreter.nodes.variables.CellObjectNode;
import org.pyj.interpreter.nodes.variables.NameTargetNode;
import org.pyj.interpreter.nodes.variables.ReadNameNode;
import org.pyj.interpreter.nodes.variables.SubscriptTargetNode;
import org.pyj.interpreter.nodes.statement.AssertNode;
import org.pyj.interpreter.nodes.statement.AssignNode;
import org.pyj.interpreter.nodes.statement.BlockNode;
import org.pyj.interpreter.nodes.statement.BreakNode;
import org.pyj.interpreter.nodes.statement.ContinueNode;
import org.pyj.interpreter.nodes.statement.DeleteNode;
import org.pyj.interpreter.nodes.statement.TryNode;
import org.pyj.interpreter.nodes.statement.ExpressionStatementNode;
import org.pyj.interpreter.nodes.statement.ForNode;
import org.pyj.interpreter.nodes.statement.IfNode;
import org.pyj.interpreter.nodes.statement.InitCellsNode;
import org.pyj.interpreter.nodes.expression.MakeFunctionNode;
import org.pyj.interpreter.nodes.expression.FormattedValueNode;
import org.pyj.interpreter.nodes.expression.JoinedStrNode;
import org.pyj.interpreter.nodes.variables.CellTargetNode;
import org.pyj.interpreter.nodes.variables.ReadCellNode;
import org.pyj.interpreter.nodes.statement.ImportFromNode;
import org.pyj.interpreter.nodes.statement.ImportNode;
import org.pyj.interpreter.nodes.statement.PassNode;
import org.pyj.interpreter.nodes.statement.RaiseNode;
import org.pyj.interpreter.nodes.statement.ReturnNode;
import org.pyj.interpreter.nodes.statement.WhileNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.nodes.variables.GlobalTargetNodeGen;
import org.pyj.interpreter.nodes.variables.LocalTargetNodeGen;
import org.pyj.interpreter.nodes.variables.ReadArgumentNode;
import org.pyj.interpreter.nodes.variables.ReadGlobalNodeGen;
import org.pyj.interpreter.nodes.variables.ReadLocalNodeGen;
import org.pyj.interpreter.nodes.variables.UnpackTargetNode;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.Signature;
import org.pyj.parser.PySyntaxError;
import org.pyj.parser.ast.Alias;
import org.pyj.parser.ast.Arg;
import org.pyj.parser.ast.Arguments;
import org.pyj.parser.ast.ConstantValue;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.Keyword;
import org.pyj.parser.ast.Mod;
import org.pyj.parser.ast.Pos;
import org.pyj.parser.ast.Stmt;

/**
 * Translates our CPython-shaped AST into Truffle nodes: names resolve to frame slots or
 * globals per {@link Scope}, operators to the PyNumber and PyObject nodes of {@code lib}.
 * Constructs the slice does not run yet are rejected here, before anything executes.
 */
public final class NodeTranslator {
    private final PyjLanguage language;
    private final Source source;
    private SymbolTable symbols;
    private Scope scope;

    /** A name as the current code block sees it (private names mangled inside a class). */
    private String mangle(String name) {
        return scope.block.mangle(name);
    }
    /**
     * Sub-expressions evaluated before a suspension point of the same statement: translated
     * into a {@link ReplayNode}, so a resumption does not evaluate them again.
     */
    private final java.util.Set<Expr> replayed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public NodeTranslator(PyjLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    /**
     * The module's code. With {@code returnLastValue} (embedding eval), a final expression
     * statement's value becomes the result, as an interactive interpreter would show it.
     */
    public RootCallTarget translateModule(Mod.Module module, boolean returnLastValue) {
        symbols = SymbolTable.build(module);
        scope = new Scope(null, symbols.module(), "<module>");
        List<StatementNode> body = new ArrayList<>();
        List<Stmt> stmts = module.body();
        for (int i = 0; i < stmts.size(); i++) {
            Stmt s = stmts.get(i);
            if (returnLastValue && i == stmts.size() - 1 && s instanceof Stmt.ExprStmt e) {
                body.add(lines(new ReturnNode(expr(e.value())), s.pos()));
            } else {
                body.add(stmt(s));
            }
        }
        SourceSection section = source.hasCharacters() ? source.createSection(0, source.getLength()) : null;
        PythonRootNode root = new PythonRootNode(language, scope.frame.build(), block(body), "<module>", "<module>",
                section, true, new String[0]);
        return root.getCallTarget();
    }

    /**
     * Code for {@code exec}/{@code eval}/{@code compile}: a module body, or with {@code expression}
     * an expression whose value is returned. With {@code namespaceMode} its top-level names live
     * in a namespace mapping passed as the first argument (exec and eval with separate locals),
     * as a class body's do; otherwise in the globals.
     */
    /**
     * The checks CPython's symtable makes when code is compiled (nonlocal and global misuse,
     * {@code import *} outside module level...): compile() reports them before the code runs.
     */
    public static void checkNames(Mod.Module module) {
        SymbolTable.build(module);
    }

    public RootCallTarget translateCode(Mod.Module module, boolean expression, boolean namespaceMode) {
        symbols = SymbolTable.build(module, namespaceMode);
        scope = new Scope(null, symbols.module(), "<module>");
        List<StatementNode> body = new ArrayList<>();
        for (Stmt s : module.body()) {
            if (expression && s instanceof Stmt.ExprStmt e) {
                body.add(lines(new ReturnNode(expr(e.value())), s.pos()));
            } else {
                body.add(stmt(s));
            }
        }
        SourceSection section = source.hasCharacters() ? source.createSection(0, source.getLength()) : null;
        PythonRootNode root = new PythonRootNode(language, scope.frame.build(), block(body), "<module>", "<module>",
                section, true, new String[0]);
        if (namespaceMode) {
            root.asNamespaceBody();
        }
        return root.getCallTarget();
    }

    // ------------------------------------------------------------------ statements

    private StatementNode block(List<StatementNode> statements) {
        if (statements.size() == 1) {
            return statements.get(0);
        }
        return new BlockNode(statements.toArray(new StatementNode[0]));
    }

    private StatementNode suite(List<Stmt> stmts) {
        if (stmts.isEmpty()) {
            return null;
        }
        List<StatementNode> nodes = new ArrayList<>(stmts.size());
        int[] ends = new int[stmts.size()];
        boolean suspends = false;
        for (int i = 0; i < ends.length; i++) {
            Stmt s = stmts.get(i);
            nodes.add(stmt(s));
            ends[i] = scope.points;
            suspends |= resumable(s);
        }
        if (suspends) {
            return new GenBlockNode(nodes.toArray(new StatementNode[0]), ends, scope.generatorSlot);
        }
        return block(nodes);
    }

    /**
     * Whether a statement of a generator or coroutine contains a suspension point: then it is
     * translated to resumable nodes.
     */
    private boolean resumable(Stmt s) {
        return scope.generatorSlot >= 0 && symbols.suspends(s);
    }

    private StatementNode stmt(Stmt s) {
        if (resumable(s)) {
            markReplayed(Resumption.evaluationOrder(s));
        }
        return lines(stmtNode(s), s.pos());
    }

    private StatementNode stmtNode(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> new ExpressionStatementNode(expr(e.value()));
            case Stmt.Assign a -> {
                AssignTargetNode[] targets = new AssignTargetNode[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(a.targets().get(i));
                }
                yield new AssignNode(expr(a.value()), targets);
            }
            case Stmt.AugAssign a when a.target() instanceof Expr.Attribute at -> {
                ExpressionNode object = expr(at.value());
                int from = scope.points;
                ExpressionNode value = expr(a.value());
                AugAssignAttributeNode node = new AugAssignAttributeNode(object, mangle(at.attr()), value,
                        lines(binaryOp(a.op(), a.pos()).asInPlace(), a.pos()))
                        .atTarget(at.pos().lineno(), at.pos().colOffset(), at.pos().endLineno(), at.pos().endColOffset());
                yield from < scope.points ? node.savingCurrent(savedValue(from)) : node;
            }
            case Stmt.AugAssign a when a.target() instanceof Expr.Subscript sub -> {
                ExpressionNode container = expr(sub.value());
                ExpressionNode key = subscriptKey(sub.slice());
                int from = scope.points;
                ExpressionNode value = expr(a.value());
                AugAssignSubscriptNode node = new AugAssignSubscriptNode(container, key, value,
                        lines(binaryOp(a.op(), a.pos()).asInPlace(), a.pos()))
                        .atTarget(sub.pos().lineno(), sub.pos().colOffset(), sub.pos().endLineno(), sub.pos().endColOffset());
                yield from < scope.points ? node.savingCurrent(savedValue(from)) : node;
            }
            case Stmt.AugAssign a -> {
                if (!(a.target() instanceof Expr.Name n)) {
                    throw unsupported("augmented assignment to " + kind(a.target()), a.target().pos());
                }
                ExpressionNode current = lines(readName(mangle(n.id()), n.pos()), n.pos());
                if (resumable(a)) {
                    // The name is read before the value suspends.
                    current = lines(new ReplayNode(current, scope.generatorSlot, scope.addHiddenSlot(), scope.points,
                            scope.points), n.pos());
                }
                ExpressionNode value = lines(new BinaryArithmeticNode(current, expr(a.value()), binaryOp(a.op(), a.pos()).asInPlace()),
                        a.pos());
                yield new AssignNode(value, new AssignTargetNode[]{target(a.target())});
            }
            case Stmt.AnnAssign a -> a.value() == null ? new PassNode()
                    : new AssignNode(expr(a.value()), new AssignTargetNode[]{target(a.target())});
            case Stmt.If i when resumable(i) -> {
                ExpressionNode test = expr(i.test());
                int testEnd = scope.points;
                StatementNode body = suiteOrPass(i.body());
                int bodyEnd = scope.points;
                yield new GenIfNode(test, body, suite(i.orelse()), scope.generatorSlot, testEnd, bodyEnd);
            }
            case Stmt.If i -> new IfNode(expr(i.test()), suiteOrPass(i.body()), suite(i.orelse()));
            case Stmt.While w -> {
                ExpressionNode test = expr(w.test());
                int testEnd = scope.points;
                scope.loopDepth++;
                StatementNode body = suiteOrPass(w.body());
                scope.loopDepth--;
                int bodyEnd = scope.points;
                if (resumable(w)) {
                    yield new GenWhileNode(test, body, suite(w.orelse()), scope.generatorSlot, testEnd, bodyEnd);
                }
                yield new WhileNode(test, body, suite(w.orelse()));
            }
            case Stmt.For f -> {
                if (f.isAsync() && !scope.block.isAsyncDef) {
                    throw syntaxError("'async for' outside async function", f.pos());
                }
                ExpressionNode iter = expr(f.iter());
                int iterEnd = f.isAsync() ? scope.points++ : scope.points;
                AssignTargetNode target = target(f.target());
                rejectSuspension(f.target(), "a 'for' target");
                scope.loopDepth++;
                StatementNode body = suiteOrPass(f.body());
                scope.loopDepth--;
                int bodyEnd = scope.points;
                if (f.isAsync()) {
                    yield new AsyncForNode(target, iter, body, suite(f.orelse()), scope.addHiddenSlot(), scope.generatorSlot,
                            iterEnd, bodyEnd, true);
                } else if (resumable(f)) {
                    yield new GenForNode(target, iter, body, suite(f.orelse()), scope.addHiddenSlot(), scope.generatorSlot,
                            iterEnd, bodyEnd);
                }
                yield new ForNode(target, iter, body, suite(f.orelse()), scope.addHiddenSlot());
            }
            case Stmt.Break b -> {
                if (scope.loopDepth == 0) {
                    throw syntaxError("'break' outside loop", b.pos());
                }
                yield new BreakNode();
            }
            case Stmt.Continue c -> {
                if (scope.loopDepth == 0) {
                    throw syntaxError("'continue' not properly in loop", c.pos());
                }
                yield new ContinueNode();
            }
            case Stmt.Pass p -> new PassNode();
            case Stmt.Return r -> {
                if (!scope.isFunction) {
                    throw syntaxError("'return' outside function", r.pos());
                }
                if (r.value() != null && scope.block.isAsyncDef && scope.block.isGenerator) {
                    throw syntaxError("'return' with value in async generator", r.pos());
                }
                yield new ReturnNode(r.value() == null ? null : expr(r.value()));
            }
            case Stmt.FunctionDef f -> {
                ExpressionNode[] decorators = exprs(f.decoratorList());
                ExpressionNode def = lines(makeFunction(f, f.name(), f.args(), f.body(), null, f.pos()), f.pos());
                yield new AssignNode(decorated(decorators, def, f.pos()), new AssignTargetNode[]{nameTarget(mangle(f.name()))});
            }
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()),
                    r.cause() == null ? null : expr(r.cause()));
            case Stmt.Assert a -> new AssertNode(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Stmt.Global g -> new PassNode();
            case Stmt.Import im -> importStmt(im);
            case Stmt.ImportFrom im -> {
                if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
                    // Only at module level (SymbolTable checks).
                    yield new ImportStarNode(im.module(), im.level(), scope.block.isClass);
                }
                List<String> names = new ArrayList<>();
                List<AssignTargetNode> targets = new ArrayList<>();
                for (Alias a : im.names()) {
                    names.add(a.name());
                    targets.add(nameTarget(mangle(a.asname() != null ? a.asname() : a.name())));
                }
                yield new ImportFromNode(im.module(), im.level(), names.toArray(new String[0]),
                        targets.toArray(new AssignTargetNode[0]));
            }
            case Stmt.Nonlocal n -> new PassNode();
            case Stmt.Delete d -> {
                List<AssignTargetNode> targets = new ArrayList<>();
                for (Expr t : d.targets()) {
                    targets.add(target(t));
                }
                yield new DeleteNode(targets.toArray(new AssignTargetNode[0]));
            }
            case Stmt.Try t when t.isStar() -> {
                boolean gen = resumable(t);
                StatementNode body = suiteOrPass(t.body());
                int bodyEnd = scope.points;
                TryStarNode.StarHandler[] handlers = new TryStarNode.StarHandler[t.handlers().size()];
                int[] handlerEnds = new int[handlers.length];
                for (int i = 0; i < handlers.length; i++) {
                    org.pyj.parser.ast.ExceptHandler h = t.handlers().get(i);
                    rejectSuspension(h.type(), "an 'except*' clause's type");
                    handlers[i] = lines(new TryStarNode.StarHandler(expr(h.type()),
                            h.name() == null ? null : nameTarget(mangle(h.name())), suiteOrPass(h.body())), h.pos());
                    handlerEnds[i] = scope.points;
                }
                TryStarNode tryStar = new TryStarNode(body, handlers, suite(t.orelse()));
                if (gen) {
                    tryStar.resumable(scope.generatorSlot, bodyEnd, handlerEnds, scope.addHiddenSlot());
                }
                if (t.finalbody().isEmpty()) {
                    yield tryStar;
                }
                int end = scope.points;
                StatementNode finalbody = suite(t.finalbody());
                if (gen) {
                    yield new GenTryNode(lines(tryStar, t.pos()), new TryNode.Handler[0], null, finalbody, scope.generatorSlot,
                            scope.addHiddenSlot(), scope.addHiddenSlot(), end, new int[0], end);
                }
                yield new TryNode(lines(tryStar, t.pos()), new TryNode.Handler[0], null, finalbody);
            }
            case Stmt.Try t -> {
                // In source order: a generator's parts are told apart by their suspension points.
                StatementNode body = suiteOrPass(t.body());
                int bodyEnd = scope.points;
                TryNode.Handler[] handlers = new TryNode.Handler[t.handlers().size()];
                int[] handlerEnds = new int[handlers.length];
                for (int i = 0; i < handlers.length; i++) {
                    org.pyj.parser.ast.ExceptHandler h = t.handlers().get(i);
                    rejectSuspension(h.type(), "an 'except' clause's type");
                    handlers[i] = lines(new TryNode.Handler(h.type() == null ? null : expr(h.type()),
                            h.name() == null ? null : nameTarget(mangle(h.name())), suiteOrPass(h.body())), h.pos());
                    handlerEnds[i] = scope.points;
                }
                StatementNode orelse = suite(t.orelse());
                int elseEnd = scope.points;
                StatementNode finalbody = suite(t.finalbody());
                if (resumable(t)) {
                    yield new GenTryNode(body, handlers, orelse, finalbody, scope.generatorSlot, scope.addHiddenSlot(),
                            scope.addHiddenSlot(), bodyEnd, handlerEnds, elseEnd);
                }
                yield new TryNode(body, handlers, orelse, finalbody);
            }
            case Stmt.With w -> {
                if (w.isAsync() && !scope.block.isAsyncDef) {
                    throw syntaxError("'async with' outside async function", w.pos());
                }
                boolean gen = resumable(w);
                int n = w.items().size();
                ExpressionNode[] managers = new ExpressionNode[n];
                AssignTargetNode[] targets = new AssignTargetNode[n];
                int[] managerEnds = new int[n];
                for (int i = 0; i < n; i++) {
                    org.pyj.parser.ast.WithItem item = w.items().get(i);
                    managers[i] = expr(item.contextExpr());
                    managerEnds[i] = w.isAsync() ? scope.points++ : scope.points;
                    targets[i] = item.optionalVars() == null ? null : target(item.optionalVars());
                    rejectSuspension(item.optionalVars(), "a 'with' target");
                }
                StatementNode inner = suiteOrPass(w.body());
                for (int i = n - 1; i >= 0; i--) {
                    Pos pos = w.items().get(i).contextExpr().pos();
                    if (w.isAsync()) {
                        int exitPoint = scope.points++;
                        inner = lines(new AsyncWithNode(managers[i], targets[i], inner, scope.generatorSlot,
                                scope.addHiddenSlot(), scope.addHiddenSlot(), managerEnds[i], exitPoint), pos);
                    } else {
                        inner = lines(new WithNode(managers[i], targets[i], inner, gen ? scope.generatorSlot : -1,
                                gen ? scope.addHiddenSlot() : -1, managerEnds[i]), pos);
                    }
                }
                yield inner;
            }
            case Stmt.ClassDef c -> {
                ExpressionNode[] decorators = exprs(c.decoratorList());
                ExpressionNode cls = lines(makeClass(c), c.pos());
                yield new AssignNode(decorated(decorators, cls, c.pos()), new AssignTargetNode[]{nameTarget(mangle(c.name()))});
            }
            case Stmt.Match m -> {
                ExpressionNode subject = expr(m.subject());
                int subjectEnd = scope.points;
                MatchNode.Case[] cases = new MatchNode.Case[m.cases().size()];
                int[] guardEnds = new int[cases.length];
                int[] caseEnds = new int[cases.length];
                for (int i = 0; i < cases.length; i++) {
                    org.pyj.parser.ast.MatchCase c = m.cases().get(i);
                    List<String> names = new ArrayList<>();
                    PatternNode pattern = pattern(c.pattern(), names);
                    AssignTargetNode[] captures = new AssignTargetNode[names.size()];
                    for (int j = 0; j < captures.length; j++) {
                        captures[j] = lines(nameTarget(names.get(j)), c.pattern().pos());
                    }
                    ExpressionNode guard = c.guard() == null ? null : expr(c.guard());
                    guardEnds[i] = scope.points;
                    cases[i] = lines(new MatchNode.Case(pattern, captures, guard, suiteOrPass(c.body())), c.pattern().pos());
                    caseEnds[i] = scope.points;
                }
                if (resumable(m)) {
                    yield new GenMatchNode(subject, cases, scope.generatorSlot, scope.addHiddenSlot(), subjectEnd, guardEnds,
                            caseEnds);
                }
                yield new MatchNode(subject, cases);
            }
        };
    }

    private StatementNode suiteOrPass(List<Stmt> stmts) {
        StatementNode s = suite(stmts);
        return s == null ? new PassNode() : s;
    }

    private StatementNode importStmt(Stmt.Import im) {
        List<StatementNode> nodes = new ArrayList<>();
        for (Alias a : im.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            nodes.add(lines(new ImportNode(a.name(), a.asname() == null, nameTarget(mangle(bound))), a.pos()));
        }
        return block(nodes);
    }

    /**
     * The code of a {@code def} or {@code lambda} (a body of statements, or one expression whose
     * value is returned) as its own root, and the node that makes the function object here.
     */
    private ExpressionNode makeFunction(org.pyj.parser.ast.Node node, String name, Arguments a, List<Stmt> body,
            Expr lambdaBody, Pos pos) {
        List<String> params = new ArrayList<>();
        for (Arg p : SymbolTable.allArgs(a)) {
            params.add(mangle(p.arg()));
        }
        // CPython's symtable (not its parser) rejects a parameter named twice.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Arg p : SymbolTable.allArgs(a)) {
            if (!seen.add(mangle(p.arg()))) {
                throw syntaxError("duplicate argument '" + mangle(p.arg()) + "' in function definition", p.pos());
            }
        }
        // Defaults are evaluated in the enclosing scope, at definition time.
        ExpressionNode[] defaults = new ExpressionNode[a.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expr(a.defaults().get(i));
        }
        ExpressionNode[] kwDefaults = new ExpressionNode[a.kwDefaults().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = a.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expr(d);
        }
        SymbolTable.Block block = symbols.blockOf(node);
        // The cells the new function closes over, taken from this frame.
        int[] closureSlots = closureSlots(block);

        String qualname = qualnameOf(name);
        Scope outer = scope;
        scope = new Scope(outer, block, qualname);
        boolean resumable = block.isGenerator || block.isCoroutine;
        if (resumable) {
            scope.generatorSlot = scope.addHiddenSlot();
        }
        scope.firstParameter = mangle(a.posonlyargs().isEmpty() ? (a.args().isEmpty() ? null : a.args().get(0).arg())
                : a.posonlyargs().get(0).arg());
        try {
            List<StatementNode> prologue = new ArrayList<>();
            addCellPrologue(block, params, prologue);
            for (int i = 0; i < params.size(); i++) {
                String p = params.get(i);
                if (scope.kindOf(p) == SymbolTable.Kind.LOCAL) {
                    prologue.add(new AssignNode(new ReadArgumentNode(i),
                            new AssignTargetNode[]{LocalTargetNodeGen.create(scope.slotOf(p), p)}));
                }
            }
            List<StatementNode> code = new ArrayList<>(prologue);
            if (resumable) {
                StatementNode genBody = lambdaBody != null
                        ? lines(new ExpressionStatementNode(expr(lambdaBody)), lambdaBody.pos()) : suiteOrPass(body);
                PythonRootNode bodyRoot = new PythonRootNode(language, com.oracle.truffle.api.frame.FrameDescriptor.newBuilder().build(),
                        genBody, name, qualname, section(pos), false, varnames(coVarnameParams(a, scope.block.privateName))).asGeneratorBody();
                PGeneratorBase.Kind kind = !block.isCoroutine ? PGeneratorBase.Kind.GENERATOR
                        : block.isGenerator ? PGeneratorBase.Kind.ASYNC_GENERATOR : PGeneratorBase.Kind.COROUTINE;
                code.add(new ReturnNode(new CreateGeneratorNode(bodyRoot.getCallTarget(), scope.generatorSlot, name, qualname,
                        kind)));
            } else if (lambdaBody != null) {
                code.add(lines(new ReturnNode(expr(lambdaBody)), lambdaBody.pos()));
            } else {
                for (Stmt s : body) {
                    code.add(stmt(s));
                }
            }
            Signature signature = new Signature(qualname, params.toArray(new String[0]), a.posonlyargs().size(),
                    a.posonlyargs().size() + a.args().size(), a.kwonlyargs().size(), a.vararg() != null, a.kwarg() != null);
            StatementNode bodyNode = code.isEmpty() ? new PassNode() : block(code);
            PythonRootNode root = new PythonRootNode(language, scope.frame.build(), bodyNode, name, qualname,
                    section(pos), false, varnames(coVarnameParams(a, scope.block.privateName)));
            root.setCodeFlags(codeFlags(outer, a, resumable ? (!block.isCoroutine ? 0x20 : block.isGenerator ? 0x200 : 0x80) : 0));
            return new MakeFunctionNode(name, qualname, root.getCallTarget(), signature, defaults, kwDefaults,
                    closureSlots).withDoc(docstring(body));
        } finally {
            scope = outer;
        }
    }

    // ------------------------------------------------------------------ targets and names

    private AssignTargetNode target(Expr e) {
        AssignTargetNode node = switch (e) {
            case Expr.Name n -> nameTarget(mangle(n.id()));
            case Expr.Tuple t -> unpackTarget(t.elts());
            case Expr.List_ l -> unpackTarget(l.elts());
            case Expr.Attribute a -> new AttributeTargetNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript sub -> new SubscriptTargetNode(expr(sub.value()), subscriptKey(sub.slice()));
            case Expr.Starred st -> target(st.value());
            default -> throw unsupported("assignment to " + kind(e), e.pos());
        };
        return lines(node, e.pos());
    }

    private AssignTargetNode unpackTarget(List<Expr> elts) {
        AssignTargetNode[] targets = new AssignTargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr t = elts.get(i);
            if (t instanceof Expr.Starred) {
                if (star >= 0) {
                    throw syntaxError("multiple starred expressions in assignment", t.pos());
                }
                star = i;
            }
            targets[i] = target(t);
        }
        return new UnpackTargetNode(targets, star);
    }

    private AssignTargetNode nameTarget(String name) {
        return switch (scope.kindOf(name)) {
            case LOCAL -> LocalTargetNodeGen.create(scope.slotOf(name), name);
            case CELL, FREE -> new CellTargetNode(scope.slotOf(name), name);
            case GLOBAL -> GlobalTargetNodeGen.create(name);
            case NAME -> new NameTargetNode(name);
        };
    }

    private ExpressionNode readName(String name, Pos pos) {
        return switch (scope.kindOf(name)) {
            case LOCAL -> ReadLocalNodeGen.create(scope.slotOf(name), name);
            case CELL -> new ReadCellNode(scope.slotOf(name), name, false);
            case FREE -> new ReadCellNode(scope.slotOf(name), name, true);
            case GLOBAL -> ReadGlobalNodeGen.create(name);
            case NAME -> new ReadNameNode(name);
        };
    }

    // ------------------------------------------------------------------ expressions

    private ExpressionNode expr(Expr e) {
        if (scope.generatorSlot >= 0 && symbols.suspends(e)) {
            markReplayed(Resumption.evaluationOrder(e, symbols::suspends));
        }
        int from = scope.points;
        return replayIfMarked(e, lines(exprNode(e), e.pos()), from);
    }

    /** Marks the expressions (in evaluation order) that are evaluated before one that suspends. */
    private void markReplayed(List<Expr> inOrder) {
        boolean later = false;
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            Expr x = inOrder.get(i);
            if (x == null) {
                continue;
            }
            if (later && !(x instanceof Expr.Constant)) {
                replayed.add(x);
            }
            later |= symbols.suspends(x);
        }
    }

    /** The node of {@code e}, kept for the replay if {@code e} was marked; {@code from} its first suspension point. */
    private ExpressionNode replayIfMarked(Expr e, ExpressionNode node, int from) {
        if (!replayed.remove(e)) {
            return node;
        }
        return lines(new ReplayNode(node, scope.generatorSlot, scope.addHiddenSlot(), from, scope.points), e.pos());
    }

    /** A value a statement computes itself before its part with suspension points [from, now). */
    private SavedValue savedValue(int from) {
        return new SavedValue(scope.generatorSlot, scope.addHiddenSlot(), from, scope.points);
    }

    /** Suspension points in places the resumable nodes do not go back into (a loop's target...). */
    private void rejectSuspension(Expr e, String where) {
        if (e != null && scope.generatorSlot >= 0 && symbols.suspends(e)) {
            throw unsupported("'yield' or 'await' in " + where, e.pos());
        }
    }

    private ExpressionNode[] exprs(List<Expr> es) {
        ExpressionNode[] nodes = new ExpressionNode[es.size()];
        for (int i = 0; i < nodes.length; i++) {
            Expr e = es.get(i);
            if (e instanceof Expr.Starred) {
                throw unsupported("'*' unpacking in expressions", e.pos());
            }
            nodes[i] = expr(e);
        }
        return nodes;
    }

    private ExpressionNode exprNode(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> readName(mangle(n.id()), n.pos());
            case Expr.BinOp b -> new BinaryArithmeticNode(expr(b.left()), expr(b.right()), binaryOp(b.op(), b.pos()));
            case Expr.UnaryOp u -> switch (u.op()) {
                case Not -> new NotNode(expr(u.operand()));
                case USub -> new UnaryArithmeticNode(expr(u.operand()), PyNumberNegativeNodeGen.create());
                case UAdd -> new UnaryArithmeticNode(expr(u.operand()), PyNumberPositiveNodeGen.create());
                case Invert -> new UnaryArithmeticNode(expr(u.operand()), PyNumberInvertNodeGen.create());
            };
            case Expr.BoolOp b -> new BoolOpNode(exprs(b.values()), b.op() == org.pyj.parser.ast.Boolop.And);
            case Expr.Compare c -> {
                warnIsLiteral(c);
                CompareNode.ComparisonOperator[] ops = new CompareNode.ComparisonOperator[c.ops().size()];
                for (int i = 0; i < ops.length; i++) {
                    ops[i] = switch (c.ops().get(i)) {
                        case Eq -> new CompareNode.RichComparison(CompareOp.EQ);
                        case NotEq -> new CompareNode.RichComparison(CompareOp.NE);
                        case Lt -> new CompareNode.RichComparison(CompareOp.LT);
                        case LtE -> new CompareNode.RichComparison(CompareOp.LE);
                        case Gt -> new CompareNode.RichComparison(CompareOp.GT);
                        case GtE -> new CompareNode.RichComparison(CompareOp.GE);
                        case Is -> new CompareNode.Identity(false);
                        case IsNot -> new CompareNode.Identity(true);
                        case In -> new CompareNode.Containment(false);
                        case NotIn -> new CompareNode.Containment(true);
                    };
                }
                yield new CompareNode(expr(c.left()), exprs(c.comparators()), ops);
            }
            case Expr.IfExp i -> new IfExpressionNode(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Call c when c.args().isEmpty() && c.keywords().isEmpty() && c.func() instanceof Expr.Name n
                    && n.id().equals("super") && scope.isFunction && scope.kindOf("__class__") == SymbolTable.Kind.FREE -> {
                String first = scope.firstParameter;
                yield new ZeroArgSuperNode(expr(c.func()), first == null ? null : lines(readName(first, c.pos()), c.pos()),
                        scope.slotOf("__class__"));
            }
            case Expr.Call c -> {
                List<String> names = new ArrayList<>();
                List<ExpressionNode> values = new ArrayList<>();
                for (Keyword k : c.keywords()) {
                    names.add(k.arg());
                    values.add(expr(k.value()));
                }
                ExpressionNode[] args = new ExpressionNode[c.args().size()];
                boolean[] starred = new boolean[args.length];
                for (int i = 0; i < args.length; i++) {
                    Expr a = c.args().get(i);
                    starred[i] = a instanceof Expr.Starred;
                    args[i] = expr(a instanceof Expr.Starred st ? st.value() : a);
                }
                yield new CallNode(expr(c.func()), args, starred, names.toArray(new String[0]),
                        values.toArray(new ExpressionNode[0]));
            }
            case Expr.Attribute a -> new GetAttributeNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> new SubscriptNode(expr(s.value()), subscriptKey(s.slice()));
            case Expr.Tuple t -> new TupleLiteralNode(elements(t.elts()));
            case Expr.List_ l -> new ListLiteralNode(elements(l.elts()));
            case Expr.Set st -> new SetLiteralNode(elements(st.elts()),
                    st.elts().size() > 2 && st.elts().stream().allMatch(NodeTranslator::isFoldedConstant));
            case Expr.Dict d -> {
                ExpressionNode[] keys = new ExpressionNode[d.keys().size()];
                ExpressionNode[] values = new ExpressionNode[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    Expr k = d.keys().get(i);
                    keys[i] = k == null ? null : expr(k);
                    values[i] = expr(d.values().get(i));
                }
                yield new DictLiteralNode(keys, values);
            }
            case Expr.Slice sl -> subscriptKey(sl);
            case Expr.NamedExpr ne -> new NamedExprNode(expr(ne.value()), target(ne.target()));
            case Expr.Yield y -> {
                if (scope.generatorSlot < 0) {
                    throw syntaxError("'yield' outside function", y.pos());
                }
                ExpressionNode value = y.value() == null ? null : expr(y.value());
                yield new YieldNode(value, scope.generatorSlot, scope.points++, scope.block.isCoroutine);
            }
            case Expr.YieldFrom y -> {
                if (scope.generatorSlot < 0) {
                    throw syntaxError("'yield' outside function", y.pos());
                }
                if (scope.block.isAsyncDef) {
                    throw syntaxError("'yield from' inside async function", y.pos());
                }
                ExpressionNode value = expr(y.value());
                yield new YieldFromNode(value, scope.generatorSlot, scope.points++);
            }
            case Expr.Await a -> {
                if (!scope.isFunction) {
                    throw syntaxError("'await' outside function", a.pos());
                }
                if (!scope.block.isAsyncDef && !scope.block.isComprehension) {
                    throw syntaxError("'await' outside async function", a.pos());
                }
                ExpressionNode value = expr(a.value());
                yield new AwaitNode(value, scope.generatorSlot, scope.points++);
            }
            case Expr.GeneratorExp ge -> comprehension(ge, "<genexpr>", null, ge.elt(), null, ge.generators());
            case Expr.ListComp lc -> comprehension(lc, "<listcomp>", ComprehensionAddNode.Kind.LIST, lc.elt(), null, lc.generators());
            case Expr.SetComp sc -> comprehension(sc, "<setcomp>", ComprehensionAddNode.Kind.SET, sc.elt(), null, sc.generators());
            case Expr.DictComp dc -> comprehension(dc, "<dictcomp>", ComprehensionAddNode.Kind.DICT, dc.key(), dc.value(),
                    dc.generators());
            case Expr.Lambda l -> makeFunction(l, "<lambda>", l.args(), null, l.body(), l.pos());
            case Expr.JoinedStr j -> new JoinedStrNode(exprs(j.values()));
            case Expr.FormattedValue fv -> new FormattedValueNode(expr(fv.value()), fv.conversion(),
                    fv.formatSpec() == null ? null : expr(fv.formatSpec()));
            default -> throw unsupported(kind(e), e.pos());
        };
    }

    private ExpressionNode constant(Expr.Constant c) {
        Object v = c.value();
        if (v instanceof BigInteger big) {
            if (big.bitLength() < 32) {
                return new IntLiteralNode(big.intValue());
            } else if (big.bitLength() < 64) {
                return new LongLiteralNode(big.longValue());
            }
            return new ConstantNode(PInt.normalize(big));
        } else if (v instanceof Double d) {
            return new FloatLiteralNode(d);
        } else if (v instanceof Boolean b) {
            return new BooleanLiteralNode(b);
        } else if (v instanceof String s) {
            return new ConstantNode(PyStr.fromJava(s));
        } else if (v instanceof ConstantValue.CodePoints cps) {
            return new ConstantNode(PyStr.fromCodePoints(cps.value()));
        } else if (v == ConstantValue.NONE) {
            return new ConstantNode(PNone.NONE);
        } else if (v == ConstantValue.ELLIPSIS) {
            return new ConstantNode(PSingleton.ELLIPSIS);
        } else if (v instanceof ConstantValue.Bytes b) {
            return new ConstantNode(new org.pyj.interpreter.runtime.PBytes(b.value().clone()));
        } else if (v instanceof ConstantValue.Complex z) {
            return new ConstantNode(new org.pyj.interpreter.runtime.PComplex(0.0, z.imag()));
        }
        throw unsupported("constant " + v, c.pos());
    }

    private PyNumberBinaryNode binaryOp(org.pyj.parser.ast.Operator op, Pos pos) {
        return switch (op) {
            case Add -> PyNumberAddNodeGen.create();
            case Sub -> PyNumberSubtractNodeGen.create();
            case Mult -> PyNumberMultiplyNodeGen.create();
            case Div -> PyNumberTrueDivideNodeGen.create();
            case FloorDiv -> PyNumberFloorDivideNodeGen.create();
            case Mod -> PyNumberRemainderNodeGen.create();
            case Pow -> PyNumberPowerNodeGen.create();
            case LShift -> PyNumberLshiftNodeGen.create();
            case RShift -> PyNumberRshiftNodeGen.create();
            case BitAnd -> PyNumberAndNodeGen.create();
            case BitOr -> PyNumberOrNodeGen.create();
            case BitXor -> PyNumberXorNodeGen.create();
            case MatMult -> org.pyj.interpreter.lib.PyNumberMatrixMultiplyNodeGen.create();
        };
    }

    /** A pattern; the names it captures get binding indices in {@code names}, in order of appearance. */
    private PatternNode pattern(org.pyj.parser.ast.Pattern p, List<String> names) {
        PatternNode node = switch (p) {
            case org.pyj.parser.ast.Pattern.MatchValue v -> new Patterns.Value(expr(v.value()));
            case org.pyj.parser.ast.Pattern.MatchSingleton s -> new Patterns.Singleton(
                    s.value() instanceof Boolean b ? b : PNone.NONE);
            case org.pyj.parser.ast.Pattern.MatchSequence s -> {
                List<PatternNode> elts = new ArrayList<>();
                int star = -1;
                int starBinding = -1;
                for (int i = 0; i < s.patterns().size(); i++) {
                    org.pyj.parser.ast.Pattern e = s.patterns().get(i);
                    if (e instanceof org.pyj.parser.ast.Pattern.MatchStar st) {
                        if (star >= 0) {
                            throw syntaxError("multiple starred names in sequence pattern", st.pos());
                        }
                        star = i;
                        starBinding = st.name() == null ? -1 : binding(names, mangle(st.name()), st.pos());
                        elts.add(new Patterns.As(null, -1));
                    } else {
                        elts.add(pattern(e, names));
                    }
                }
                yield new Patterns.Sequence(elts.toArray(new PatternNode[0]), star, starBinding);
            }
            case org.pyj.parser.ast.Pattern.MatchMapping m -> {
                // The compiler rejects literal keys given twice.
                java.util.List<Object> seen = new ArrayList<>();
                for (Expr k : m.keys()) {
                    if (k instanceof Expr.Constant kc && kc.value() != null) {
                        if (seen.contains(kc.value())) {
                            String shown = kc.value() instanceof String str
                                    ? org.pyj.interpreter.formatting.ReprFormatter.stringRepr(str) : kc.value().toString();
                            throw syntaxError("mapping pattern checks duplicate key (" + shown + ")", m.pos());
                        }
                        seen.add(kc.value());
                    }
                }
                ExpressionNode[] keys = new ExpressionNode[m.keys().size()];
                PatternNode[] values = new PatternNode[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = expr(m.keys().get(i));
                    values[i] = pattern(m.patterns().get(i), names);
                }
                yield new Patterns.Mapping(keys, values, m.rest() == null ? -1 : binding(names, mangle(m.rest()), m.pos()));
            }
            case org.pyj.parser.ast.Pattern.MatchClass c -> {
                PatternNode[] positional = new PatternNode[c.patterns().size()];
                for (int i = 0; i < positional.length; i++) {
                    positional[i] = pattern(c.patterns().get(i), names);
                }
                PatternNode[] kw = new PatternNode[c.kwdPatterns().size()];
                for (int i = 0; i < kw.length; i++) {
                    kw[i] = pattern(c.kwdPatterns().get(i), names);
                }
                yield new Patterns.ClassPattern(expr(c.cls()), positional, c.kwdAttrs().toArray(new String[0]), kw);
            }
            case org.pyj.parser.ast.Pattern.MatchStar s -> throw syntaxError("can't use starred name here", s.pos());
            case org.pyj.parser.ast.Pattern.MatchAs a -> new Patterns.As(a.pattern() == null ? null : pattern(a.pattern(), names),
                    a.name() == null ? -1 : binding(names, mangle(a.name()), a.pos()));
            case org.pyj.parser.ast.Pattern.MatchOr o -> {
                PatternNode[] alts = new PatternNode[o.patterns().size()];
                int before = names.size();
                java.util.Set<String> first = null;
                for (int i = 0; i < alts.length; i++) {
                    List<String> altNames = new ArrayList<>(names.subList(0, before));
                    alts[i] = pattern(o.patterns().get(i), altNames);
                    java.util.Set<String> bound = new java.util.HashSet<>(altNames.subList(before, altNames.size()));
                    if (first == null) {
                        first = bound;
                        names.addAll(altNames.subList(before, altNames.size()));
                    } else if (!first.equals(bound)) {
                        throw syntaxError("alternative patterns bind different names", o.patterns().get(i).pos());
                    }
                }
                // Every alternative must store into the same indices: rebuild them against the shared names.
                for (int i = 1; i < alts.length; i++) {
                    List<String> shared = new ArrayList<>(names);
                    alts[i] = pattern(o.patterns().get(i), shared);
                }
                yield new Patterns.Or(alts);
            }
        };
        return lines(node, p.pos());
    }

    /** The binding index of a captured name; a name bound twice in one pattern is a SyntaxError. */
    private int binding(List<String> names, String name, Pos pos) {
        if (names.contains(name)) {
            int i = names.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        names.add(name);
        return names.size() - 1;
    }

    /** The docstring of a body (its first statement, a string literal), or null. */
    private static Object docstring(List<Stmt> body) {
        if (body != null && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c) {
            if (c.value() instanceof String s) {
                return PyStr.fromJava(s);
            } else if (c.value() instanceof ConstantValue.CodePoints cps) {
                return PyStr.fromCodePoints(cps.value());
            }
        }
        return null;
    }

    /** What CPython's AST optimizer turns into a constant: literals, tuples of them, signed numbers. */
    /** CPython's check_compare: {@code x is 1} gets a SyntaxWarning when the code is compiled. */
    private void warnIsLiteral(Expr.Compare c) {
        boolean left = isSingletonOrNotConstant(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            boolean right = isSingletonOrNotConstant(c.comparators().get(i));
            org.pyj.parser.ast.Cmpop op = c.ops().get(i);
            if ((op == org.pyj.parser.ast.Cmpop.Is || op == org.pyj.parser.ast.Cmpop.IsNot) && (!left || !right)) {
                syntaxWarning(op == org.pyj.parser.ast.Cmpop.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c.pos());
                return;
            }
            left = right;
        }
    }

    private static boolean isSingletonOrNotConstant(Expr e) {
        if (!isFoldedConstant(e)) {
            return true;
        }
        return e instanceof Expr.Constant k && (k.value() == ConstantValue.NONE || k.value() == ConstantValue.ELLIPSIS
                || k.value() instanceof Boolean);
    }

    /** A compile-time warning, shown as the warnings module shows it: file:line, category, message, source line. */
    private void syntaxWarning(String message, Pos pos) {
        org.pyj.interpreter.PyjContext context = org.pyj.interpreter.PyjContext.get(null);
        String file = org.pyj.interpreter.exceptions.TracebackPrinter.fileName(source);
        StringBuilder sb = new StringBuilder().append(file).append(':').append(pos.lineno()).append(": SyntaxWarning: ")
                .append(message).append('\n');
        if (source.hasCharacters() && pos.lineno() >= 1 && pos.lineno() <= source.getLineCount()) {
            sb.append("  ").append(source.getCharacters(pos.lineno()).toString().strip()).append('\n');
        }
        context.getStdout().flush();
        context.getStderr().print(sb);
        context.getStderr().flush();
    }

    private static boolean isFoldedConstant(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.Tuple t -> t.elts().stream().allMatch(NodeTranslator::isFoldedConstant);
            case Expr.UnaryOp u -> u.op() != org.pyj.parser.ast.Unaryop.Not && u.operand() instanceof Expr.Constant;
            default -> false;
        };
    }

    /** The slots, in this scope's frame, of the cells a new function or class body over {@code block} closes over. */
    private int[] closureSlots(SymbolTable.Block block) {
        int[] slots = new int[block.freevars.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = scope.slotOf(block.freevars.get(i));
        }
        return slots;
    }

    /**
     * The entry of a code block into its cells (InitCellsNode): a fresh cell per cell variable,
     * holding the argument when it is one of {@code params}, and the closure's cells.
     */
    private void addCellPrologue(SymbolTable.Block block, List<String> params, List<StatementNode> code) {
        List<Integer> cellSlots = new ArrayList<>();
        List<Integer> cellParams = new ArrayList<>();
        for (Map.Entry<String, SymbolTable.Kind> e : block.kinds.entrySet()) {
            if (e.getValue() == SymbolTable.Kind.CELL) {
                cellSlots.add(scope.slotOf(e.getKey()));
                cellParams.add(params.indexOf(e.getKey()));
            }
        }
        int[] freeSlots = closureSlots(block);
        if (!cellSlots.isEmpty() || freeSlots.length > 0) {
            code.add(new InitCellsNode(cellSlots.stream().mapToInt(Integer::intValue).toArray(),
                    cellParams.stream().mapToInt(Integer::intValue).toArray(), freeSlots));
        }
    }

    /** A subscript's key: a slice {@code a:b:c} becomes a slice object. */
    private ExpressionNode subscriptKey(Expr key) {
        if (key instanceof Expr.Slice sl) {
            if (scope.generatorSlot >= 0 && symbols.suspends(sl)) {
                markReplayed(Resumption.evaluationOrder(sl, symbols::suspends));
            }
            int from = scope.points;
            return replayIfMarked(sl, lines(new SliceNode(sl.lower() == null ? null : expr(sl.lower()),
                    sl.upper() == null ? null : expr(sl.upper()), sl.step() == null ? null : expr(sl.step())), sl.pos()), from);
        }
        return expr(key);
    }

    /** The elements of a display, {@code *x} marked for expansion. */
    private ElementsNode elements(List<Expr> elts) {
        ExpressionNode[] nodes = new ExpressionNode[elts.size()];
        boolean[] starred = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Expr e = elts.get(i);
            starred[i] = e instanceof Expr.Starred;
            nodes[i] = expr(e instanceof Expr.Starred st ? st.value() : e);
        }
        return new ElementsNode(nodes, starred);
    }

    private ExpressionNode decorated(ExpressionNode[] decorators, ExpressionNode definition, Pos pos) {
        if (decorators.length == 0) {
            return definition;
        }
        return lines(new DecoratedNode(decorators, definition), pos);
    }

    /** CPython's __qualname__ for a def or class named {@code name} in the current scope. */
    private String qualnameOf(String name) {
        if (scope.isFunction) {
            return scope.qualname + ".<locals>." + name;
        } else if (scope.block.isClass && scope.parent != null) {
            return scope.qualname + "." + name;
        }
        return name;
    }

    /**
     * A class statement: its body becomes a function of the namespace, run by __build_class__.
     * The body stores {@code __module__} and {@code __qualname__} first, as CPython's does, and
     * returns its {@code __class__} cell (or None) so the class can be put in it.
     */
    private ExpressionNode makeClass(Stmt.ClassDef c) {
        List<Expr> baseExprs = c.bases();
        ElementsNode bases = elements(baseExprs);
        List<String> kwNames = new ArrayList<>();
        List<ExpressionNode> kwValues = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw unsupported("'**' in class arguments", k.pos());
            }
            kwNames.add(k.arg());
            kwValues.add(expr(k.value()));
        }
        SymbolTable.Block block = symbols.blockOf(c);
        int[] closureSlots = closureSlots(block);
        String qualname = qualnameOf(c.name());
        Scope outer = scope;
        scope = new Scope(outer, block, qualname);
        try {
            List<StatementNode> code = new ArrayList<>();
            addCellPrologue(block, List.of(), code);
            code.add(lines(new AssignNode(ReadGlobalNodeGen.create("__name__"),
                    new AssignTargetNode[]{new NameTargetNode("__module__")}), c.pos()));
            code.add(lines(new AssignNode(new ConstantNode(PyStr.fromJava(qualname)),
                    new AssignTargetNode[]{new NameTargetNode("__qualname__")}), c.pos()));
            Object doc = docstring(c.body());
            if (doc != null) {
                code.add(lines(new AssignNode(new ConstantNode(doc), new AssignTargetNode[]{new NameTargetNode("__doc__")}), c.pos()));
            }
            for (Stmt st : c.body()) {
                code.add(stmt(st));
            }
            ExpressionNode result = block.kinds.get("__class__") == SymbolTable.Kind.CELL
                    ? new CellObjectNode(scope.slotOf("__class__")) : new ConstantNode(PNone.NONE);
            code.add(new ReturnNode(result));
            Signature signature = new Signature(qualname, new String[]{".namespace"}, 1, 1, 0, false, false);
            PythonRootNode root = new PythonRootNode(language, scope.frame.build(), block(code), c.name(), qualname,
                    section(c.pos()), false, new String[0]).asNamespaceBody();
            MakeFunctionNode body = new MakeFunctionNode(c.name(), qualname, root.getCallTarget(), signature,
                    new ExpressionNode[0], new ExpressionNode[0], closureSlots);
            return new BuildClassNode(lines(body, c.pos()), c.name(), bases, kwNames.toArray(new String[0]),
                    kwValues.toArray(new ExpressionNode[0]));
        } finally {
            scope = outer;
        }
    }

    /**
     * A comprehension: a function of {@code .0} (the first iterable's iterator, made here in the
     * enclosing scope) that loops and adds to a result in a hidden slot; a generator expression's
     * function makes a generator that yields the elements. With {@code async for} or
     * {@code await} inside, a generator expression makes an async generator, and the others
     * make a coroutine that is awaited here.
     */
    private ExpressionNode comprehension(org.pyj.parser.ast.Node node, String name, ComprehensionAddNode.Kind kind,
            Expr elt, Expr value, List<org.pyj.parser.ast.Comprehension> gens) {
        SymbolTable.Block block = symbols.blockOf(node);
        boolean generator = kind == null;
        boolean isAsync = block.isCoroutine;
        Pos nodePos = ((Expr) node).pos();
        if (isAsync && !generator && !scope.block.isAsyncDef && !scope.block.isComprehension) {
            throw syntaxError("asynchronous comprehension outside of an asynchronous function", nodePos);
        }
        ExpressionNode firstIterable = expr(gens.get(0).iter());
        int[] closureSlots = closureSlots(block);
        String qualname = qualnameOf(name);
        Scope outer = scope;
        scope = new Scope(outer, block, qualname);
        boolean resumable = generator || isAsync;
        if (resumable) {
            scope.generatorSlot = scope.addHiddenSlot();
        }
        try {
            List<StatementNode> code = new ArrayList<>();
            addCellPrologue(block, List.of(".0"), code);
            code.add(new AssignNode(new ReadArgumentNode(0),
                    new AssignTargetNode[]{LocalTargetNodeGen.create(scope.slotOf(".0"), ".0")}));
            int resultSlot = scope.addHiddenSlot();
            // The loops' parts in source order (their suspension points are numbered so), nested afterwards.
            int n = gens.size();
            ExpressionNode[] iterables = new ExpressionNode[n];
            int[] iterableEnds = new int[n];
            AssignTargetNode[] targets = new AssignTargetNode[n];
            List<List<ExpressionNode>> tests = new ArrayList<>();
            List<int[]> testEnds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                org.pyj.parser.ast.Comprehension g = gens.get(i);
                iterables[i] = i == 0 ? ReadLocalNodeGen.create(scope.slotOf(".0"), ".0") : expr(g.iter());
                iterableEnds[i] = g.isAsync() ? scope.points++ : scope.points;
                targets[i] = target(g.target());
                rejectSuspension(g.target(), "a comprehension's target");
                List<ExpressionNode> ifs = new ArrayList<>();
                int[] ends = new int[g.ifs().size()];
                for (int j = 0; j < ends.length; j++) {
                    ifs.add(expr(g.ifs().get(j)));
                    ends[j] = scope.points;
                }
                tests.add(ifs);
                testEnds.add(ends);
            }
            StatementNode inner;
            if (generator) {
                ExpressionNode element = expr(elt);
                inner = lines(new ExpressionStatementNode(lines(new YieldNode(element, scope.generatorSlot, scope.points++,
                        isAsync), elt.pos())), elt.pos());
            } else {
                code.add(new ComprehensionStartNode(resultSlot, kind));
                if (value != null && resumable) {
                    markReplayed(List.of(elt, value));
                }
                ExpressionNode element = expr(elt);
                inner = lines(new ComprehensionAddNode(resultSlot, kind, element, value == null ? null : expr(value)), elt.pos());
            }
            int end = scope.points;
            for (int i = n - 1; i >= 0; i--) {
                org.pyj.parser.ast.Comprehension g = gens.get(i);
                for (int j = tests.get(i).size() - 1; j >= 0; j--) {
                    ExpressionNode test = tests.get(i).get(j);
                    inner = resumable ? new GenIfNode(test, inner, null, scope.generatorSlot, testEnds.get(i)[j], end)
                            : new IfNode(test, inner, null);
                }
                if (g.isAsync()) {
                    inner = new AsyncForNode(targets[i], iterables[i], inner, null, scope.addHiddenSlot(), scope.generatorSlot,
                            iterableEnds[i], end, i > 0);
                } else if (resumable) {
                    inner = new GenForNode(targets[i], iterables[i], inner, null, scope.addHiddenSlot(), scope.generatorSlot,
                            iterableEnds[i], end);
                } else {
                    inner = new ForNode(targets[i], iterables[i], inner, null, scope.addHiddenSlot());
                }
                inner = lines(inner, g.target().pos());
            }
            if (resumable) {
                StatementNode genBody = generator ? inner
                        : new BlockNode(new StatementNode[]{inner, new ReturnNode(new ReadHiddenSlotNode(resultSlot))});
                PythonRootNode bodyRoot = new PythonRootNode(language, com.oracle.truffle.api.frame.FrameDescriptor.newBuilder().build(),
                        genBody, name, qualname, section(nodePos), false, new String[]{".0"}).asGeneratorBody();
                PGeneratorBase.Kind genKind = generator
                        ? (isAsync ? PGeneratorBase.Kind.ASYNC_GENERATOR : PGeneratorBase.Kind.GENERATOR)
                        : PGeneratorBase.Kind.COROUTINE;
                code.add(new ReturnNode(new CreateGeneratorNode(bodyRoot.getCallTarget(), scope.generatorSlot, name, qualname,
                        genKind)));
            } else {
                code.add(inner);
                code.add(new ReturnNode(new ReadHiddenSlotNode(resultSlot)));
            }
            Signature signature = new Signature(qualname, new String[]{".0"}, 1, 1, 0, false, false);
            PythonRootNode root = new PythonRootNode(language, scope.frame.build(), block(code), name, qualname,
                    section(nodePos), false, new String[]{".0"});
            MakeFunctionNode function = new MakeFunctionNode(name, qualname, root.getCallTarget(), signature,
                    new ExpressionNode[0], new ExpressionNode[0], closureSlots);
            ExpressionNode call = new CallComprehensionNode(function, firstIterable, gens.get(0).isAsync());
            if (isAsync && !generator) {
                scope = outer;
                return lines(new AwaitNode(lines(call, nodePos), scope.generatorSlot, scope.points++), nodePos);
            }
            return call;
        } finally {
            scope = outer;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String kind(Expr e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "List_" -> "lists";
            case "Dict" -> "dicts";
            case "Set" -> "sets";
            case "Lambda" -> "lambda";
            case "ListComp", "SetComp", "DictComp", "GeneratorExp" -> "comprehensions";
            case "JoinedStr", "FormattedValue" -> "f-strings";
            case "NamedExpr" -> "':=' expressions";
            case "Yield", "YieldFrom" -> "generators";
            case "Await" -> "'await'";
            case "Attribute" -> "attributes";
            case "Subscript" -> "subscripts";
            case "Starred" -> "'*' unpacking";
            default -> name;
        };
    }

    private <T extends PyjNode> T lines(T node, Pos pos) {
        node.setPosition(pos.lineno(), pos.colOffset(), pos.endLineno(), pos.endColOffset());
        return node;
    }

    private SourceSection section(Pos pos) {
        if (!source.hasCharacters() || pos.lineno() < 1 || pos.endLineno() > source.getLineCount()) {
            return source.createUnavailableSection();
        }
        int start = source.getLineStartOffset(pos.lineno());
        int end = source.getLineStartOffset(pos.endLineno()) + source.getLineLength(pos.endLineno());
        return source.createSection(start, end - start);
    }

    private static PySyntaxError syntaxError(String message, Pos pos) {
        return SymbolTable.rangedError(message, pos);
    }

    /** A construct beyond what pyj runs so far: reported before the program starts. */
    private static PySyntaxError unsupported(String what, Pos pos) {
        return new PySyntaxError("pyj does not support " + what + " yet", pos.lineno(), pos.colOffset() + 1);
    }


    /**
     * CPython 3.11's co_flags of a function: OPTIMIZED|NEWLOCALS, VARARGS, VARKEYWORDS, NESTED
     * (defined inside a function) and its kind (GENERATOR, COROUTINE or ASYNC_GENERATOR), which
     * inspect.iscoroutinefunction and friends read.
     */
    private static int codeFlags(Scope enclosing, Arguments a, int kind) {
        int flags = 0x1 | 0x2 | kind;
        if (a.vararg() != null) {
            flags |= 0x4;
        }
        if (a.kwarg() != null) {
            flags |= 0x8;
        }
        for (Scope s = enclosing; s != null; s = s.parent) {
            if (s.isFunction) {
                flags |= 0x10;
                break;
            }
        }
        return flags;
    }

    /** The parameters in co_varnames order: positional, keyword-only, then *args and **kwargs. */
    private static List<String> coVarnameParams(Arguments a, String privateName) {
        List<String> out = new ArrayList<>();
        for (Arg p : a.posonlyargs()) {
            out.add(PrivateNames.mangle(privateName, p.arg()));
        }
        for (Arg p : a.args()) {
            out.add(PrivateNames.mangle(privateName, p.arg()));
        }
        for (Arg p : a.kwonlyargs()) {
            out.add(PrivateNames.mangle(privateName, p.arg()));
        }
        if (a.vararg() != null) {
            out.add(PrivateNames.mangle(privateName, a.vararg().arg()));
        }
        if (a.kwarg() != null) {
            out.add(PrivateNames.mangle(privateName, a.kwarg().arg()));
        }
        return out;
    }

    /** CPython's co_varnames for the current function: parameters, then its other plain locals. */
    private String[] varnames(List<String> params) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(params);
        for (String n : scope.block.bound) {
            if (scope.kindOf(n) == SymbolTable.Kind.LOCAL) {
                names.add(n);
            }
        }
        return names.toArray(new String[0]);
    }
}

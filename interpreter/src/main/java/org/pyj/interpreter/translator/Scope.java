package org.pyj.interpreter.translator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

import org.pyj.parser.ast.Alias;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.ExceptHandler;
import org.pyj.parser.ast.Stmt;

/**
 * The names of one code block (CPython's symtable entry) and its frame layout. In a function,
 * every name bound in the body is a local with its own frame slot unless declared global;
 * module-level names live in the module's globals. Hidden slots hold loop iterators.
 */
final class Scope {
    final Scope parent;
    final boolean isFunction;
    final String qualname;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<String, Integer> locals = new HashMap<>();
    private final Set<String> globals = new HashSet<>();
    int loopDepth;

    Scope(Scope parent, boolean isFunction, String qualname) {
        this.parent = parent;
        this.isFunction = isFunction;
        this.qualname = qualname;
    }

    /** Collects the function's locals: parameters first (in frame argument order), then bound names. */
    void declareFunction(List<String> parameters, List<Stmt> body) {
        for (Stmt s : body) {
            collectGlobals(s);
        }
        for (String p : parameters) {
            addLocal(p);
        }
        for (Stmt s : body) {
            collectBindings(s);
        }
    }

    private void addLocal(String name) {
        if (!globals.contains(name) && !locals.containsKey(name)) {
            locals.put(name, frame.addSlot(FrameSlotKind.Illegal, name, null));
        }
    }

    /** A frame slot of its own, for state the translator keeps hidden (for-loop iterators). */
    int addHiddenSlot() {
        return frame.addSlot(FrameSlotKind.Object, null, null);
    }

    boolean isLocal(String name) {
        return isFunction && locals.containsKey(name);
    }

    int slotOf(String name) {
        return locals.get(name);
    }

    /** Whether an enclosing function binds this name (a closure, not supported yet). */
    boolean isFreeVariable(String name) {
        if (!isFunction || locals.containsKey(name) || globals.contains(name)) {
            return false;
        }
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.isLocal(name)) {
                return true;
            }
        }
        return false;
    }

    private void collectGlobals(Stmt s) {
        switch (s) {
            case Stmt.Global g -> globals.addAll(g.names());
            case Stmt.If i -> {
                i.body().forEach(this::collectGlobals);
                i.orelse().forEach(this::collectGlobals);
            }
            case Stmt.While w -> {
                w.body().forEach(this::collectGlobals);
                w.orelse().forEach(this::collectGlobals);
            }
            case Stmt.For f -> {
                f.body().forEach(this::collectGlobals);
                f.orelse().forEach(this::collectGlobals);
            }
            case Stmt.Try t -> {
                t.body().forEach(this::collectGlobals);
                for (ExceptHandler h : t.handlers()) {
                    h.body().forEach(this::collectGlobals);
                }
                t.orelse().forEach(this::collectGlobals);
                t.finalbody().forEach(this::collectGlobals);
            }
            case Stmt.With w -> w.body().forEach(this::collectGlobals);
            default -> {
            }
        }
    }

    private void collectBindings(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> addLocal(f.name());
            case Stmt.ClassDef c -> addLocal(c.name());
            case Stmt.Assign a -> a.targets().forEach(this::bindTarget);
            case Stmt.AugAssign a -> bindTarget(a.target());
            case Stmt.AnnAssign a -> bindTarget(a.target());
            case Stmt.For f -> {
                bindTarget(f.target());
                f.body().forEach(this::collectBindings);
                f.orelse().forEach(this::collectBindings);
            }
            case Stmt.While w -> {
                w.body().forEach(this::collectBindings);
                w.orelse().forEach(this::collectBindings);
            }
            case Stmt.If i -> {
                i.body().forEach(this::collectBindings);
                i.orelse().forEach(this::collectBindings);
            }
            case Stmt.Try t -> {
                t.body().forEach(this::collectBindings);
                for (ExceptHandler h : t.handlers()) {
                    if (h.name() != null) {
                        addLocal(h.name());
                    }
                    h.body().forEach(this::collectBindings);
                }
                t.orelse().forEach(this::collectBindings);
                t.finalbody().forEach(this::collectBindings);
            }
            case Stmt.With w -> {
                w.items().forEach(i -> {
                    if (i.optionalVars() != null) {
                        bindTarget(i.optionalVars());
                    }
                });
                w.body().forEach(this::collectBindings);
            }
            case Stmt.Import im -> {
                for (Alias a : im.names()) {
                    addLocal(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
                }
            }
            case Stmt.ImportFrom im -> {
                for (Alias a : im.names()) {
                    if (!a.name().equals("*")) {
                        addLocal(a.asname() != null ? a.asname() : a.name());
                    }
                }
            }
            case Stmt.Delete d -> d.targets().forEach(this::bindTarget);
            default -> {
            }
        }
    }

    private void bindTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> addLocal(n.id());
            case Expr.Tuple t -> t.elts().forEach(this::bindTarget);
            case Expr.List_ l -> l.elts().forEach(this::bindTarget);
            case Expr.Starred st -> bindTarget(st.value());
            default -> {
            }
        }
    }
}

package org.pyj.interpreter.nodes.statement;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.ExceptionGroups;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;

/**
 * {@code try: ... except* T as e: ...} (PEP 654): each clause takes the part of the exception
 * group its type matches (a plain exception is wrapped first), and what is left, together
 * with what the clauses raised, is raised again as CPython's _PyExc_PrepReraiseStar builds it.
 * A {@code finally} is a TryNode around this node. In a generator or coroutine any part may
 * suspend: a resumption goes back into the one that did; while a clause is suspended, how far
 * the matching got ({@link StarState}) waits in a frame slot.
 */
public final class TryStarNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final StarHandler[] handlers;
    @Child private StatementNode orelse;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private int generatorSlot = -1;
    /** Where the body's suspension points end, and each clause's. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private int bodyEnd;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private int[] handlerEnds;
    /** The frame slot holding the {@link StarState} while a clause is suspended. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private int stateSlot = -1;

    /** The matching in progress: what is left to match, what the clauses raised, the clause running. */
    static final class StarState {
        final PException exception;
        Object rest;
        final List<Object> raised = new ArrayList<>();
        int index;
        PBaseException match;

        StarState(PException exception) {
            this.exception = exception;
            this.rest = exception.getPythonException();
        }
    }

    public TryStarNode(StatementNode body, StarHandler[] handlers, StatementNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    /** Makes this the node of a generator's statement that suspends somewhere; called once, when created. */
    public void resumable(int generatorSlotOfBody, int endOfBody, int[] endsOfHandlers, int slotForState) {
        this.generatorSlot = generatorSlotOfBody;
        this.bodyEnd = endOfBody;
        this.handlerEnds = endsOfHandlers;
        this.stateSlot = slotForState;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (generatorSlot >= 0) {
            org.pyj.interpreter.runtime.PGeneratorBase g = org.pyj.interpreter.nodes.generator.GeneratorNodes.generator(frame,
                    generatorSlot);
            int at = g.getSuspendedAt();
            if (g.isResuming() && at >= bodyEnd) {
                if (at >= handlerEnds[handlerEnds.length - 1]) {
                    orelse.executeVoid(frame);
                } else {
                    handle(frame, (StarState) frame.getObject(stateSlot), true);
                }
                return;
            }
        }
        try {
            body.executeVoid(frame);
        } catch (org.pyj.interpreter.nodes.generator.YieldException y) {
            throw y;
        } catch (PException e) {
            TryNode.recordTraceback(e, e.getPythonException(), getRootNode());
            handle(frame, new StarState(e), false);
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    /** The clauses in order, from the one {@code state} is at ({@code resuming}: a suspended one going on). */
    @ExplodeLoop
    private void handle(VirtualFrame frame, StarState state, boolean resuming) {
        PException e = state.exception;
        PBaseException orig = e.getPythonException();
        for (int i = 0; i < handlers.length; i++) {
            StarHandler h = handlers[i];
            if (i < state.index) {
                continue;
            }
            PException fromHandler;
            if (resuming && i == state.index) {
                fromHandler = h.run(frame, state.match, true);
            } else {
                if (state.rest == null) {
                    break;
                }
                Object type = h.type.execute(frame);
                Object[] parts = split(this, (PBaseException) state.rest, type);
                state.rest = parts[1];
                if (parts[0] == null) {
                    continue;
                }
                state.index = i;
                state.match = (PBaseException) parts[0];
                if (stateSlot >= 0) {
                    frame.setObject(stateSlot, state);
                }
                fromHandler = h.run(frame, state.match, false);
            }
            if (fromHandler != null) {
                state.raised.add(fromHandler.getPythonException());
            }
        }
        if (stateSlot >= 0) {
            frame.setObject(stateSlot, null);
        }
        List<Object> raised = state.raised;
        if (state.rest != null) {
            raised.add(state.rest);
        }
        PBaseException result = prepareReraise(this, orig, raised);
        if (result == orig) {
            throw e;
        }
        if (result != null) {
            result.setReraisedByExceptStar();
            throw new PException(result, this);
        }
    }

    /** CHECK_EG_MATCH: (the matching part as a group or null, the rest or null). */
    @TruffleBoundary
    private static Object[] split(Node location, PBaseException exc, Object type) {
        checkType(location, type);
        if (!ExceptionGroups.isGroup(exc)) {
            if (org.pyj.interpreter.builtins.ObjectBuiltins.isInstance(location, exc, type)) {
                PBaseException wrapped = ExceptionGroups.create(location, BuiltinTypes.BASE_EXCEPTION_GROUP, PyStr.EMPTY,
                        new PTuple(new Object[]{exc}));
                return new Object[]{wrapped, null};
            }
            return new Object[]{null, exc};
        }
        PBaseException[] parts = ExceptionGroups.split(location, exc, type);
        return new Object[]{parts[0], parts[1]};
    }

    private static void checkType(Node location, Object type) {
        boolean ok = type instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION);
        if (type instanceof PTuple tuple) {
            ok = true;
            for (Object o : tuple.getItems()) {
                ok &= o instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION);
            }
        }
        if (!ok) {
            throw PythonErrors.typeError(location, "catching classes that do not inherit from BaseException is not allowed");
        }
        if (type instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION_GROUP)
                || type instanceof PTuple tuple && java.util.Arrays.stream(tuple.getItems())
                        .anyMatch(o -> ((PyType) o).isSubtypeOf(BuiltinTypes.BASE_EXCEPTION_GROUP))) {
            throw PythonErrors.typeError(location, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /** _PyExc_PrepReraiseStar: null when nothing is left to raise. */
    @TruffleBoundary
    private static PBaseException prepareReraise(Node location, PBaseException orig, List<Object> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        if (!ExceptionGroups.isGroup(orig)) {
            return (PBaseException) excs.get(0);
        }
        IdentityHashMap<Object, Boolean> origLeaves = new IdentityHashMap<>();
        leaves(orig, origLeaves);
        List<Object> raisedList = new ArrayList<>();
        IdentityHashMap<Object, Boolean> reraisedLeaves = new IdentityHashMap<>();
        for (Object o : excs) {
            PBaseException e = (PBaseException) o;
            IdentityHashMap<Object, Boolean> l = new IdentityHashMap<>();
            leaves(e, l);
            if (!l.isEmpty() && origLeaves.keySet().containsAll(l.keySet())) {
                reraisedLeaves.putAll(l);
            } else {
                raisedList.add(e);
            }
        }
        PBaseException reraised = null;
        if (!reraisedLeaves.isEmpty()) {
            reraised = reraisedLeaves.size() == origLeaves.size() ? orig : subgroup(location, orig, reraisedLeaves);
        }
        if (raisedList.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            raisedList.add(reraised);
        }
        return ExceptionGroups.create(location, BuiltinTypes.BASE_EXCEPTION_GROUP, PyStr.EMPTY,
                new org.pyj.interpreter.runtime.PList(raisedList.toArray()));
    }

    private static void leaves(PBaseException e, IdentityHashMap<Object, Boolean> out) {
        if (ExceptionGroups.isGroup(e)) {
            for (Object o : e.getGroupExceptions().getItems()) {
                leaves((PBaseException) o, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }

    /** The part of {@code group} whose leaves are in {@code keep}, with the same nesting. */
    private static PBaseException subgroup(Node location, PBaseException group, IdentityHashMap<Object, Boolean> keep) {
        List<Object> kept = new ArrayList<>();
        for (Object o : group.getGroupExceptions().getItems()) {
            PBaseException e = (PBaseException) o;
            if (ExceptionGroups.isGroup(e)) {
                PBaseException sub = subgroup(location, e, keep);
                if (sub != null) {
                    kept.add(sub);
                }
            } else if (keep.containsKey(e)) {
                kept.add(e);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.size() == group.getGroupExceptions().size()) {
            return group;
        }
        return ExceptionGroups.derive(location, group, kept);
    }

    /** One {@code except* T [as name]:} clause. */
    public static final class StarHandler extends org.pyj.interpreter.nodes.PyjNode {
        @Child ExpressionNode type;
        @Child private AssignTargetNode name;
        @Child private StatementNode body;

        public StarHandler(ExpressionNode type, AssignTargetNode name, StatementNode body) {
            this.type = type;
            this.name = name;
            this.body = body;
        }

        /**
         * Runs the clause for the matched part ({@code resuming}: goes on where it suspended, its
         * name still bound); returns what it raised (its context set), or null.
         */
        PException run(VirtualFrame frame, PBaseException match, boolean resuming) {
            PyjContext context = PyjContext.get(this);
            context.pushHandled(match);
            boolean suspended = false;
            try {
                if (name != null && !resuming) {
                    name.executeWrite(frame, match);
                }
                body.executeVoid(frame);
                return null;
            } catch (org.pyj.interpreter.nodes.generator.YieldException y) {
                suspended = true;
                throw y;
            } catch (PException inner) {
                TryNode.recordTraceback(inner, inner.getPythonException(), getRootNode());
                TryNode.chain(inner.getPythonException(), match);
                return inner;
            } finally {
                context.popHandled();
                if (name != null && !suspended) {
                    name.unbind(frame);
                }
            }
        }
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;

/**
 * {@code try: body / except T as n: ... / else: ... / finally: ...}. A matching handler runs with
 * the exception as the one being handled (for a bare {@code raise} and for chaining); {@code n}
 * is unbound afterwards, as CPython does. {@code finally} also runs on return, break and continue.
 */
public final class TryNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final Handler[] handlers;
    @Child private StatementNode orelse;
    @Child private StatementNode finalbody;

    public TryNode(StatementNode body, Handler[] handlers, StatementNode orelse, StatementNode finalbody) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (finalbody == null) {
            executeExcept(frame);
            return;
        }
        try {
            executeExcept(frame);
        } catch (PException e) {
            // Its __traceback__ reaches this frame now, should the finally block chain it.
            recordTraceback(e, e.getPythonException(), getRootNode());
            runFinally(frame, e.getPythonException());
            throw e;
        } catch (ControlFlowException e) {
            finalbody.executeVoid(frame);
            throw e;
        }
        finalbody.executeVoid(frame);
    }

    /** The finally block while an exception propagates: a new exception in it chains to that one. */
    private void runFinally(VirtualFrame frame, PBaseException propagating) {
        PyjContext context = PyjContext.get(this);
        context.pushHandled(propagating);
        try {
            finalbody.executeVoid(frame);
        } catch (PException inner) {
            chain(inner.getPythonException(), propagating);
            throw inner;
        } finally {
            context.popHandled();
        }
    }

    private void executeExcept(VirtualFrame frame) {
        if (handlers.length == 0) {
            body.executeVoid(frame);
            return;
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException exc = e.getPythonException();
        recordTraceback(e, exc, getRootNode());
        // Raised while another exception was being handled: CPython set __context__ when it was raised.
        chain(exc, PyjContext.get(this).currentHandled());
        for (Handler h : handlers) {
            boolean matches;
            try {
                matches = h.matches(frame, exc);
            } catch (PException inner) {
                // CPython matches with the exception already being handled, so an error here chains to it.
                chain(inner.getPythonException(), exc);
                throw inner;
            }
            if (matches) {
                h.run(frame, exc);
                return;
            }
        }
        throw e;
    }

    /**
     * A caught exception's traceback runs from where it was raised to this frame (CPython's
     * __traceback__); Truffle collects the frames lazily, so they are collected now.
     */
    @TruffleBoundary
    public static void recordTraceback(PException e, PBaseException exc, com.oracle.truffle.api.nodes.RootNode here) {
        com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
        java.util.List<com.oracle.truffle.api.TruffleStackTraceElement> trace =
                com.oracle.truffle.api.TruffleStackTrace.getStackTrace(e);
        if (trace == null) {
            return;
        }
        // Counted as the traceback printer counts: Python frames only (builtins do not show).
        int depth = 0;
        for (int i = 0; i < trace.size(); i++) {
            com.oracle.truffle.api.nodes.RootNode root = trace.get(i).getTarget().getRootNode();
            if (root instanceof org.pyj.interpreter.nodes.PythonRootNode && !(trace.get(i).getLocation() == root)) {
                depth++;
            }
            if (root == here) {
                exc.setTracebackDepth(Math.max(depth, 1));
                return;
            }
        }
    }

    /** Implicit chaining: an exception raised while {@code handled} was being handled gets it as __context__. */
    @TruffleBoundary
    public static void chain(PBaseException raised, PBaseException handled) {
        if (raised == handled || handled == null) {
            return;
        }
        for (PBaseException c = handled; c != null; c = c.getContext()) {
            if (c == raised) {
                return; // no cycles
            }
        }
        if (raised.getContext() == null) {
            raised.setContext(handled);
        }
    }

    /** One {@code except [type [as name]]:} clause; a bad exception type is reported at its position, as CPython does. */
    public static final class Handler extends org.pyj.interpreter.nodes.PyjNode {
        @Child private ExpressionNode type;
        @Child private AssignTargetNode name;
        @Child private StatementNode body;

        public Handler(ExpressionNode type, AssignTargetNode name, StatementNode body) {
            this.type = type;
            this.name = name;
            this.body = body;
        }

        public boolean matches(VirtualFrame frame, PBaseException exc) {
            if (type == null) {
                return true;
            }
            return matchesType(this, exc, type.execute(frame));
        }

        void run(VirtualFrame frame, PBaseException exc) {
            PyjContext context = PyjContext.get(this);
            context.pushHandled(exc);
            try {
                if (name != null) {
                    name.executeWrite(frame, exc);
                }
                body.executeVoid(frame);
            } catch (PException inner) {
                chain(inner.getPythonException(), exc);
                throw inner;
            } finally {
                context.popHandled();
                if (name != null) {
                    name.unbind(frame);
                }
            }
        }

        /**
         * The handler in a generator: suspending inside it (a yield) keeps the name bound and
         * the exception saved for the resumption, which re-enters the body directly.
         */
        public void runInGenerator(VirtualFrame frame, PBaseException exc, boolean resuming) {
            PyjContext context = PyjContext.get(this);
            context.pushHandled(exc);
            boolean suspended = false;
            try {
                if (!resuming && name != null) {
                    name.executeWrite(frame, exc);
                }
                body.executeVoid(frame);
            } catch (org.pyj.interpreter.nodes.generator.YieldException y) {
                suspended = true;
                throw y;
            } catch (PException inner) {
                chain(inner.getPythonException(), exc);
                throw inner;
            } finally {
                context.popHandled();
                if (!suspended && name != null) {
                    name.unbind(frame);
                }
            }
        }

        @TruffleBoundary
        private static boolean matchesType(Node location, PBaseException exc, Object type) {
            if (type instanceof PyType t) {
                if (!t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
                    throw notAnException(location);
                }
                return exc.getType().isSubtypeOf(t);
            } else if (type instanceof PTuple tuple) {
                boolean match = false;
                for (Object o : tuple.getItems()) {
                    match |= matchesType(location, exc, o);
                }
                return match;
            }
            throw notAnException(location);
        }

        private static PException notAnException(Node location) {
            throw PythonErrors.typeError(location, "catching classes that do not inherit from BaseException is not allowed");
        }
    }
}

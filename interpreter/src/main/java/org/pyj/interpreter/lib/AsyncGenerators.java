package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PAsyncGenAwaitable;
import org.pyj.interpreter.runtime.PAsyncGenAwaitable.State;
import org.pyj.interpreter.runtime.PAsyncGenerator;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;

/**
 * The async generator protocol (genobject.c's async_gen_asend and async_gen_athrow): each
 * {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose} returns an awaitable that runs
 * the body until its next own yield, which ends the await with StopIteration(value), while
 * whatever the awaits inside the body yield passes through to the event loop.
 */
public final class AsyncGenerators {
    private AsyncGenerators() {
    }

    public static PAsyncGenAwaitable asend(PAsyncGenerator g, Object value) {
        return PAsyncGenAwaitable.asend(g, value);
    }

    /** {@code athrow(typ, val, tb)}, or {@code aclose()} with null arguments. */
    public static PAsyncGenAwaitable athrow(PAsyncGenerator g, Object[] args) {
        return PAsyncGenAwaitable.athrow(g, args);
    }

    /** The awaitable's {@code send(value)} (also its {@code __next__}, with None). */
    @TruffleBoundary
    public static Object send(Node location, PAsyncGenAwaitable a, Object value) {
        return a.isThrow() ? athrowSend(location, a, value) : asendSend(location, a, value);
    }

    /** The awaitable's {@code throw(typ, val, tb)}. */
    @TruffleBoundary
    public static Object throwInto(Node location, PAsyncGenAwaitable a, Object typ, Object val) {
        PAsyncGenerator g = a.getGenerator();
        if (a.getState() == State.CLOSED) {
            throw reused(location, a);
        }
        PException thrown = new PException(Generators.makeException(location, typ, val), location);
        if (!a.isThrow()) {
            return unwrap(location, g, a, () -> resume(location, g, PNone.NONE, thrown));
        }
        if (!a.isClose()) {
            return unwrap(location, g, null, () -> resume(location, g, PNone.NONE, thrown));
        }
        Object v;
        try {
            v = resume(location, g, PNone.NONE, thrown);
        } catch (PException e) {
            throw closeEnded(location, e);
        }
        if (v instanceof PAsyncGenerator.WrappedValue) {
            throw ignoredExit(location, g, a);
        }
        return v;
    }

    /** The awaitable's {@code close()}: it can no longer be awaited. */
    public static Object close(PAsyncGenAwaitable a) {
        a.setState(State.CLOSED);
        return PNone.NONE;
    }

    private static Object asendSend(Node location, PAsyncGenAwaitable a, Object value) {
        PAsyncGenerator g = a.getGenerator();
        if (a.getState() == State.CLOSED) {
            throw reused(location, a);
        }
        Object arg = value;
        if (a.getState() == State.INIT) {
            if (g.isRunningAsync()) {
                throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "anext(): asynchronous generator is already running");
            }
            if (arg == PNone.NONE) {
                arg = a.getSendValue();
            }
            a.setState(State.ITER);
        }
        g.setRunningAsync(true);
        Object sent = arg;
        return unwrap(location, g, a, () -> resume(location, g, sent, null));
    }

    private static Object athrowSend(Node location, PAsyncGenAwaitable a, Object value) {
        PAsyncGenerator g = a.getGenerator();
        if (a.getState() == State.CLOSED) {
            throw reused(location, a);
        }
        if (g.isFinished()) {
            a.setState(State.CLOSED);
            throw PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ITERATION);
        }
        if (a.getState() == State.INIT) {
            if (g.isRunningAsync()) {
                a.setState(State.CLOSED);
                throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "%s(): asynchronous generator is already running",
                        a.isClose() ? "aclose" : "athrow");
            }
            if (g.isClosed()) {
                a.setState(State.CLOSED);
                throw PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ASYNC_ITERATION);
            }
            if (value != PNone.NONE) {
                throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "can't send non-None value to a just-started coroutine");
            }
            a.setState(State.ITER);
            g.setRunningAsync(true);
            PException thrown;
            if (a.isClose()) {
                g.setClosed();
                thrown = new PException(new PBaseException(BuiltinTypes.GENERATOR_EXIT, PTuple.EMPTY), location);
            } else {
                Object[] args = a.getThrowArgs();
                thrown = new PException(Generators.makeException(location, args[0], args[1]), location);
            }
            return checked(location, g, a, () -> resume(location, g, PNone.NONE, thrown));
        }
        if (!a.isClose()) {
            return unwrap(location, g, null, () -> resume(location, g, value, null));
        }
        return checked(location, g, a, () -> resume(location, g, value, null));
    }

    /**
     * athrow's first step and every aclose step: an error closes the awaitable, and the body's
     * end (StopAsyncIteration or GeneratorExit) ends the await normally; under aclose, the body
     * yielding a value is a RuntimeError. What awaits inside the body yield passes through.
     */
    private static Object checked(Node location, PAsyncGenerator g, PAsyncGenAwaitable a, Resumption r) {
        Object v;
        try {
            v = a.isClose() ? r.run() : unwrap(location, g, null, r);
        } catch (PException e) {
            g.setRunningAsync(false);
            a.setState(State.CLOSED);
            throw closeEnded(location, e);
        }
        if (a.isClose() && v instanceof PAsyncGenerator.WrappedValue) {
            throw ignoredExit(location, g, a);
        }
        return v;
    }

    /** StopAsyncIteration or GeneratorExit out of the body: for aclose/athrow, the await just ends. */
    private static PException closeEnded(Node location, PException e) {
        PyType t = e.getPythonException().getType();
        if (t.isSubtypeOf(BuiltinTypes.STOP_ASYNC_ITERATION) || t.isSubtypeOf(BuiltinTypes.GENERATOR_EXIT)) {
            return PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ITERATION);
        }
        return e;
    }

    private static PException ignoredExit(Node location, PAsyncGenerator g, PAsyncGenAwaitable a) {
        g.setRunningAsync(false);
        a.setState(State.CLOSED);
        return PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "async generator ignored GeneratorExit");
    }

    /**
     * async_gen_unwrap_value: the body's own yield ends the await (StopIteration(value)); its end
     * is StopAsyncIteration; a value from an await inside passes through.
     */
    private static Object unwrap(Node location, PAsyncGenerator g, PAsyncGenAwaitable a, Resumption r) {
        Object v;
        try {
            v = r.run();
        } catch (PException e) {
            PyType t = e.getPythonException().getType();
            if (t.isSubtypeOf(BuiltinTypes.STOP_ASYNC_ITERATION) || t.isSubtypeOf(BuiltinTypes.GENERATOR_EXIT)) {
                g.setClosed();
            }
            g.setRunningAsync(false);
            if (a != null) {
                a.setState(State.CLOSED);
            }
            throw e;
        }
        if (v instanceof PAsyncGenerator.WrappedValue w) {
            g.setRunningAsync(false);
            if (a != null) {
                a.setState(State.CLOSED);
            }
            throw Generators.stopIteration(location, w.value());
        }
        return v;
    }

    /** One resumption of the body; its end (a return) is StopAsyncIteration. */
    private static Object resume(Node location, PAsyncGenerator g, Object value, PException thrown) {
        Object v = Generators.resume(location, g, value, thrown, false);
        if (g.isFinished()) {
            throw PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ASYNC_ITERATION);
        }
        return v;
    }

    private static PException reused(Node location, PAsyncGenAwaitable a) {
        return PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, a.isThrow()
                ? "cannot reuse already awaited aclose()/athrow()" : "cannot reuse already awaited __anext__()/asend()");
    }

    @FunctionalInterface
    private interface Resumption {
        Object run();
    }
}

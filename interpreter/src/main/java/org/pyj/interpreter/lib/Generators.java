package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PCoroutine;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;

/**
 * The protocol generators, coroutines and async generators share (genobject.c): next, send,
 * throw, close, with CPython's checks, PEP 479 and each kind's messages.
 */
public final class Generators {
    private Generators() {
    }

    /** {@code next(g)}: the next value, or null when the generator is done (no StopIteration raised). */
    @TruffleBoundary
    public static Object next(Node location, PGeneratorBase g) {
        if (g.isFinished()) {
            return null;
        }
        Object v = resume(location, g, PNone.NONE, null, false);
        return g.isFinished() ? null : v;
    }

    /** {@code g.send(value)}: raises StopIteration(return value) when the generator ends. */
    @TruffleBoundary
    public static Object send(Node location, PGeneratorBase g, Object value) {
        Object v = resume(location, g, value, null, false);
        if (g.isFinished()) {
            throw stopIteration(location, v);
        }
        return v;
    }

    /** {@code g.throw(exc)}: raises exc at the suspended point. */
    @TruffleBoundary
    public static Object throwInto(Node location, PGeneratorBase g, Object typ, Object val) {
        Object v = resume(location, g, PNone.NONE, new PException(makeException(location, typ, val), location), false);
        if (g.isFinished()) {
            throw stopIteration(location, v);
        }
        return v;
    }

    /** {@code g.close()}: GeneratorExit at the suspended point; yielding again is a RuntimeError. */
    @TruffleBoundary
    public static Object close(Node location, PGeneratorBase g) {
        if (!g.isStarted() || g.isFinished()) {
            g.setFinished();
            return PNone.NONE;
        }
        PException pe = new PException(new PBaseException(BuiltinTypes.GENERATOR_EXIT, PTuple.EMPTY), location);
        try {
            resume(location, g, PNone.NONE, pe, true);
        } catch (PException e) {
            PyType t = e.getPythonException().getType();
            if (t.isSubtypeOf(BuiltinTypes.GENERATOR_EXIT) || t.isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                return PNone.NONE;
            }
            throw e;
        }
        if (!g.isFinished()) {
            throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "%s ignored GeneratorExit", g.kind().displayName());
        }
        return PNone.NONE;
    }

    /**
     * One resumption (gen_send_ex2): runs the body until it suspends, returning the value it
     * hands out, or until it ends (then {@code g.isFinished()}), returning its return value.
     * A finished generator returns None at once; a finished coroutine cannot be resumed.
     */
    @TruffleBoundary
    public static Object resume(Node location, PGeneratorBase g, Object value, PException thrown, boolean closing) {
        if (!g.isStarted() && !g.isFinished() && value != PNone.NONE) {
            throw PythonErrors.typeError(location, "can't send non-None value to a just-started %s", g.kind().displayName());
        }
        if (g.isRunning()) {
            throw PythonErrors.valueError(location, "%s already executing", g.kind().displayName());
        }
        if (g.isFinished()) {
            if (g instanceof PCoroutine && !closing) {
                throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                throw thrown;
            }
            return PNone.NONE;
        }
        if (!g.isStarted() && thrown != null) {
            // Raised at the very start of the body: nothing there can catch it.
            g.setFinished();
            throw thrown;
        }
        g.resume(value, thrown);
        g.setStarted();
        g.setRunning(true);
        try {
            return ObjectProtocol.callTarget(location, g.getBody(), new Object[]{null, g});
        } catch (PException e) {
            g.setFinished();
            throw escaped(location, g, e);
        } finally {
            g.setRunning(false);
        }
    }

    /**
     * An exception that ended the body, as the caller sees it. PEP 479: a StopIteration (and in
     * an async generator a StopAsyncIteration) escaping the body becomes a RuntimeError.
     */
    @TruffleBoundary
    public static PException escaped(Node location, PGeneratorBase g, PException e) {
        PBaseException exc = e.getPythonException();
        String escaped = null;
        if (exc.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
            escaped = "StopIteration";
        } else if (g.kind() == PGeneratorBase.Kind.ASYNC_GENERATOR
                && exc.getType().isSubtypeOf(BuiltinTypes.STOP_ASYNC_ITERATION)) {
            escaped = "StopAsyncIteration";
        }
        if (escaped == null) {
            return e;
        }
        PBaseException rt = PythonErrors.create(BuiltinTypes.RUNTIME_ERROR, g.kind().displayName() + " raised " + escaped)
                .getPythonException();
        rt.setCause(exc);
        rt.setContext(exc);
        return new PException(rt, location);
    }

    public static PException stopIteration(Node location, Object value) {
        if (value == PNone.NONE) {
            return PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ITERATION);
        }
        return PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ITERATION, value);
    }

    /** The exception {@code throw(typ[, val])} raises: an instance, or the class called with val. */
    @TruffleBoundary
    public static PBaseException makeException(Node location, Object typ, Object val) {
        if (typ instanceof PBaseException e) {
            if (val != null && val != PNone.NONE) {
                throw PythonErrors.typeError(location, "instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            if (val instanceof PBaseException e && e.getType().isSubtypeOf(t)) {
                return e;
            }
            Object e = val == null || val == PNone.NONE ? ObjectProtocol.call(location, t)
                    : val instanceof PTuple tuple ? ObjectProtocol.call(location, t, tuple.getItems())
                    : ObjectProtocol.call(location, t, val);
            return (PBaseException) e;
        }
        throw PythonErrors.typeError(location, "exceptions must be classes or instances deriving from BaseException, not %s",
                org.pyj.interpreter.runtime.PythonTypeOf.typeName(typ));
    }
}

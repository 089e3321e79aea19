package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PGenerator;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;

/** The generator protocol (genobject.c): next, send, throw, close, with CPython's checks and PEP 479. */
public final class Generators {
    private Generators() {
    }

    /** {@code next(g)}: the next value, or null when the generator is done (no StopIteration raised). */
    @TruffleBoundary
    public static Object next(Node location, PGenerator g) {
        if (g.isFinished()) {
            return null;
        }
        Object v = run(location, g, PNone.NONE, null);
        return g.isFinished() ? null : v;
    }

    /** {@code g.send(value)}: raises StopIteration(return value) when the generator ends. */
    @TruffleBoundary
    public static Object send(Node location, PGenerator g, Object value) {
        if (!g.isStarted() && value != PNone.NONE && !g.isFinished()) {
            throw PythonErrors.typeError(location, "can't send non-None value to a just-started generator");
        }
        if (g.isFinished()) {
            throw PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ITERATION);
        }
        Object v = run(location, g, value, null);
        if (g.isFinished()) {
            throw stopIteration(location, v);
        }
        return v;
    }

    /** {@code g.throw(exc)}: raises exc at the suspended yield. */
    @TruffleBoundary
    public static Object throwInto(Node location, PGenerator g, Object typ, Object val) {
        PBaseException exc = makeException(location, typ, val);
        PException pe = new PException(exc, location);
        if (!g.isStarted() || g.isFinished()) {
            g.setFinished();
            throw pe;
        }
        Object v = run(location, g, PNone.NONE, pe);
        if (g.isFinished()) {
            throw stopIteration(location, v);
        }
        return v;
    }

    /** {@code g.close()}: GeneratorExit at the suspended yield; yielding again is a RuntimeError. */
    @TruffleBoundary
    public static Object close(Node location, PGenerator g) {
        if (!g.isStarted() || g.isFinished()) {
            g.setFinished();
            return PNone.NONE;
        }
        PException pe = new PException(new PBaseException(BuiltinTypes.GENERATOR_EXIT, PTuple.EMPTY), location);
        try {
            run(location, g, PNone.NONE, pe);
        } catch (PException e) {
            PyType t = e.getPythonException().getType();
            if (t.isSubtypeOf(BuiltinTypes.GENERATOR_EXIT) || t.isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                return PNone.NONE;
            }
            throw e;
        }
        if (!g.isFinished()) {
            throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "generator ignored GeneratorExit");
        }
        return PNone.NONE;
    }

    private static Object run(Node location, PGenerator g, Object value, PException thrown) {
        if (g.isRunning()) {
            throw PythonErrors.valueError(location, "generator already executing");
        }
        g.resume(value, thrown);
        g.setStarted();
        g.setRunning(true);
        try {
            return ObjectProtocol.callTarget(location, g.getBody(), new Object[]{null, g});
        } catch (PException e) {
            g.setFinished();
            PBaseException exc = e.getPythonException();
            if (exc.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                // PEP 479: a StopIteration escaping the generator body becomes a RuntimeError.
                PBaseException rt = PythonErrors.create(BuiltinTypes.RUNTIME_ERROR, "generator raised StopIteration")
                        .getPythonException();
                rt.setCause(exc);
                rt.setContext(exc);
                throw new PException(rt, location);
            }
            throw e;
        } finally {
            g.setRunning(false);
        }
    }

    private static PException stopIteration(Node location, Object value) {
        if (value == PNone.NONE) {
            return PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ITERATION);
        }
        return PythonErrors.raiseWithArgs(location, BuiltinTypes.STOP_ITERATION, value);
    }

    private static PBaseException makeException(Node location, Object typ, Object val) {
        if (typ instanceof PBaseException e) {
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            Object e = val == null || val == PNone.NONE ? ObjectProtocol.call(location, t) : ObjectProtocol.call(location, t, val);
            return (PBaseException) e;
        }
        throw PythonErrors.typeError(location, "exceptions must be classes or instances deriving from BaseException, not %s",
                org.pyj.interpreter.runtime.PythonTypeOf.typeName(typ));
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PAnextAwaitable;
import org.pyj.interpreter.runtime.PAsyncGenAwaitable;
import org.pyj.interpreter.runtime.PAsyncGenerator;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PCoroutine;
import org.pyj.interpreter.runtime.PCoroutineWrapper;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * Awaiting and delegating (ceval.c's GET_AWAITABLE, SEND, GET_AITER, GET_ANEXT, and
 * genobject.c's _PyCoro_GetAwaitableIter): what {@code await}, {@code yield from},
 * {@code async for} and the aiter/anext builtins do with the objects they get.
 */
public final class Awaitables {
    private Awaitables() {
    }

    /** What {@code await} was applied to, for the error messages of {@code async with}'s implicit awaits. */
    public enum Site {
        AWAIT,
        AENTER,
        AEXIT
    }

    /** One step of a delegate: either it is done, with its return value, or it hands out a value to pass on. */
    public record Step(boolean done, Object value) {
    }

    /** The iterator {@code await o} delegates to: a coroutine itself, or what {@code __await__} returns. */
    @TruffleBoundary
    public static Object getAwaitableIter(Node location, Object o, Site site) {
        if (o instanceof PCoroutine c) {
            if (c.getDelegate() != null) {
                throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "coroutine is being awaited already");
            }
            return c;
        }
        Object await = ObjectProtocol.lookupSpecial(o, "__await__");
        if (await == null) {
            String type = PythonTypeOf.typeName(o);
            switch (site) {
                case AENTER -> throw PythonErrors.typeError(location,
                        "'async with' received an object from __aenter__ that does not implement __await__: %s", type);
                case AEXIT -> throw PythonErrors.typeError(location,
                        "'async with' received an object from __aexit__ that does not implement __await__: %s", type);
                default -> throw PythonErrors.typeError(location, "object %s can't be used in 'await' expression", type);
            }
        }
        Object it = ObjectProtocol.callSpecial(location, await, o);
        if (it instanceof PCoroutine) {
            throw PythonErrors.typeError(location, "__await__() returned a coroutine");
        }
        if (!isIterator(it)) {
            throw PythonErrors.typeError(location, "__await__() returned non-iterator of type '%s'", PythonTypeOf.typeName(it));
        }
        return it;
    }

    /** PyIter_Check: the type has {@code __next__}. */
    public static boolean isIterator(Object o) {
        return Containers.isIterator(o) || ObjectProtocol.lookupSpecial(o, "__next__") != null;
    }

    /**
     * One step of {@code yield from}/{@code await}: sends {@code sent} into the delegate, or throws
     * {@code thrown} into it (a GeneratorExit closes it and is raised here), as CPython's SEND and
     * gen_throw do.
     */
    @TruffleBoundary
    public static Step step(Node location, Object delegate, Object sent, PException thrown) {
        try {
            Object v;
            if (thrown != null) {
                if (thrown.getPythonException().getType().isSubtypeOf(BuiltinTypes.GENERATOR_EXIT)) {
                    closeDelegate(location, delegate);
                    throw new PException(thrown.getPythonException(), location);
                }
                PBaseException exc = thrown.getPythonException();
                if (delegate instanceof PGeneratorBase dg) {
                    v = resumeDelegate(location, dg, PNone.NONE, new PException(exc, location));
                    if (dg.isFinished()) {
                        return new Step(true, v);
                    }
                } else {
                    Object throwMethod = ObjectProtocol.lookupAttr(location, delegate, "throw");
                    if (throwMethod == null) {
                        throw new PException(exc, location);
                    }
                    v = ObjectProtocol.call(location, throwMethod, exc.getType(), exc, PNone.NONE);
                }
            } else if (delegate instanceof PGeneratorBase dg) {
                v = resumeDelegate(location, dg, sent, null);
                if (dg.isFinished()) {
                    return new Step(true, v);
                }
            } else if (delegate instanceof PCoroutineWrapper w) {
                v = resumeDelegate(location, w.getCoroutine(), sent, null);
                if (w.getCoroutine().isFinished()) {
                    return new Step(true, v);
                }
            } else if (delegate instanceof PAsyncGenAwaitable a) {
                v = AsyncGenerators.send(location, a, sent);
            } else if (delegate instanceof PAnextAwaitable a) {
                v = sent == PNone.NONE ? anextProxy(location, a, "__next__", new Object[0])
                        : anextProxy(location, a, "send", new Object[]{sent});
            } else if (sent == PNone.NONE && ObjectProtocol.isUserObject(delegate)
                    && ObjectProtocol.lookupSpecial(delegate, "__next__") != null) {
                // Its StopIteration's value is the result.
                v = ObjectProtocol.callSpecial(location, ObjectProtocol.lookupSpecial(delegate, "__next__"), delegate);
            } else if (sent == PNone.NONE && isIterator(delegate)) {
                v = Containers.next(location, delegate);
                if (v == null) {
                    return new Step(true, PNone.NONE);
                }
            } else {
                v = ObjectProtocol.call(location, ObjectProtocol.getAttr(location, delegate, "send"), sent);
            }
            return new Step(false, v);
        } catch (PException e) {
            PBaseException exc = e.getPythonException();
            if (exc.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                return new Step(true, stopIterationValue(exc));
            }
            throw e;
        }
    }

    /** A generator or coroutine delegate, or an async generator's asend/athrow awaitable, resumed directly. */
    private static Object resumeDelegate(Node location, PGeneratorBase dg, Object sent, PException thrown) {
        return Generators.resume(location, dg, sent, thrown, false);
    }

    /** Closing a delegate when GeneratorExit reaches it: its {@code close()}, if it has one. */
    private static void closeDelegate(Node location, Object delegate) {
        if (delegate instanceof PGeneratorBase dg) {
            Generators.close(location, dg);
            return;
        }
        if (delegate instanceof PCoroutineWrapper w) {
            Generators.close(location, w.getCoroutine());
            return;
        }
        Object close = ObjectProtocol.lookupAttr(location, delegate, "close");
        if (close != null) {
            ObjectProtocol.call(location, close);
        }
    }

    public static Object stopIterationValue(PBaseException exc) {
        return exc.getArgs().size() > 0 ? exc.getArgs().get(0) : PNone.NONE;
    }

    // ------------------------------------------------------------------ async iteration

    /** {@code async for}'s GET_AITER: {@code type(o).__aiter__(o)}, which must have {@code __anext__}. */
    @TruffleBoundary
    public static Object getAIter(Node location, Object o) {
        Object aiter = ObjectProtocol.lookupSpecial(o, "__aiter__");
        if (aiter == null) {
            throw PythonErrors.typeError(location, "'async for' requires an object with __aiter__ method, got %s",
                    PythonTypeOf.typeName(o));
        }
        Object it = ObjectProtocol.callSpecial(location, aiter, o);
        if (ObjectProtocol.lookupSpecial(it, "__anext__") == null) {
            throw PythonErrors.typeError(location,
                    "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    PythonTypeOf.typeName(it));
        }
        return it;
    }

    /** {@code async for}'s GET_ANEXT: the awaitable iterator of {@code type(it).__anext__(it)}. */
    @TruffleBoundary
    public static Object getANext(Node location, Object it) {
        if (it instanceof PAsyncGenerator g) {
            return AsyncGenerators.asend(g, PNone.NONE);
        }
        Object anext = ObjectProtocol.lookupSpecial(it, "__anext__");
        if (anext == null) {
            throw PythonErrors.typeError(location, "'async for' requires an iterator with __anext__ method, got %s",
                    PythonTypeOf.typeName(it));
        }
        Object awaitable = ObjectProtocol.callSpecial(location, anext, it);
        try {
            return getAwaitableIter(location, awaitable, Site.AWAIT);
        } catch (PException e) {
            PBaseException cause = e.getPythonException();
            PBaseException exc = PythonErrors.create(BuiltinTypes.TYPE_ERROR,
                    "'async for' received an invalid object from __anext__: " + PythonTypeOf.typeName(awaitable))
                    .getPythonException();
            exc.setCause(cause);
            exc.setContext(cause);
            throw new PException(exc, location);
        }
    }

    /** The builtin {@code aiter(o)}. */
    @TruffleBoundary
    public static Object aiter(Node location, Object o) {
        Object aiter = ObjectProtocol.lookupSpecial(o, "__aiter__");
        if (aiter == null) {
            throw PythonErrors.typeError(location, "'%s' object is not an async iterable", PythonTypeOf.typeName(o));
        }
        Object it = ObjectProtocol.callSpecial(location, aiter, o);
        if (ObjectProtocol.lookupSpecial(it, "__anext__") == null) {
            throw PythonErrors.typeError(location, "aiter() returned not an async iterator of type '%s'",
                    PythonTypeOf.typeName(it));
        }
        return it;
    }

    /** The builtin {@code anext(it[, default])}; {@code defaultValue} null when not given. */
    @TruffleBoundary
    public static Object anext(Node location, Object it, Object defaultValue) {
        Object anext = ObjectProtocol.lookupSpecial(it, "__anext__");
        if (anext == null) {
            throw PythonErrors.typeError(location, "'%s' object is not an async iterator", PythonTypeOf.typeName(it));
        }
        Object awaitable = ObjectProtocol.callSpecial(location, anext, it);
        return defaultValue == null ? awaitable : new PAnextAwaitable(awaitable, defaultValue);
    }

    /**
     * anext_awaitable's {@code __next__}, {@code send}, {@code throw} and {@code close}: the
     * wrapped awaitable's, with its StopAsyncIteration turned into StopIteration(default).
     */
    @TruffleBoundary
    public static Object anextProxy(Node location, PAnextAwaitable a, String method, Object[] args) {
        Object it = getAwaitableIter(location, a.getWrapped(), Site.AWAIT);
        if (it instanceof PCoroutine c) {
            it = new PCoroutineWrapper(c);
        }
        try {
            return ObjectProtocol.call(location, ObjectProtocol.getAttr(location, it, method), args);
        } catch (PException e) {
            if (e.getPythonException().getType().isSubtypeOf(BuiltinTypes.STOP_ASYNC_ITERATION)) {
                throw Generators.stopIteration(location, a.getDefaultValue());
            }
            throw e;
        }
    }

    /** Whether an asend/athrow awaitable, an anext awaitable or a wrapper: builtin iterators with send. */
    public static boolean isBuiltinAwaitableIterator(Object o) {
        return o instanceof PAsyncGenAwaitable || o instanceof PAnextAwaitable || o instanceof PCoroutineWrapper;
    }
}

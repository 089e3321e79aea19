package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The awaitables an async generator's methods return: {@code asend(v)} and {@code __anext__()}
 * (CPython's async_generator_asend), {@code athrow(...)} and {@code aclose()}
 * (async_generator_athrow, {@code throwArgs} null for aclose). Each may be awaited once.
 */
public final class PAsyncGenAwaitable implements TruffleObject {
    public enum State {
        INIT,
        ITER,
        CLOSED
    }

    private final PAsyncGenerator generator;
    /** For asend: the value to send first. */
    private final Object sendValue;
    /** For athrow: {typ, val, tb}; null for asend and for aclose. */
    private final Object[] throwArgs;
    private final boolean isThrow;
    private State state = State.INIT;

    private PAsyncGenAwaitable(PAsyncGenerator generator, Object sendValue, Object[] throwArgs, boolean isThrow) {
        this.generator = generator;
        this.sendValue = sendValue;
        this.throwArgs = throwArgs;
        this.isThrow = isThrow;
    }

    public static PAsyncGenAwaitable asend(PAsyncGenerator generator, Object value) {
        return new PAsyncGenAwaitable(generator, value, null, false);
    }

    public static PAsyncGenAwaitable athrow(PAsyncGenerator generator, Object[] throwArgs) {
        return new PAsyncGenAwaitable(generator, null, throwArgs, true);
    }

    public PAsyncGenerator getGenerator() {
        return generator;
    }

    public Object getSendValue() {
        return sendValue;
    }

    public Object[] getThrowArgs() {
        return throwArgs;
    }

    /** athrow or aclose (else asend). */
    public boolean isThrow() {
        return isThrow;
    }

    /** aclose(): an athrow without arguments. */
    public boolean isClose() {
        return isThrow && throwArgs == null;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }
}

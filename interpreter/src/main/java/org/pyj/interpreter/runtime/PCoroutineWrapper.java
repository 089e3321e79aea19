package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code coro.__await__()}: an iterator over the coroutine (CPython's coroutine_wrapper). */
public final class PCoroutineWrapper implements TruffleObject {
    private final PCoroutine coroutine;

    public PCoroutineWrapper(PCoroutine coroutine) {
        this.coroutine = coroutine;
    }

    public PCoroutine getCoroutine() {
        return coroutine;
    }
}

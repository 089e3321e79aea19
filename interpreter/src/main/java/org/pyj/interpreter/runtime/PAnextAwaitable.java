package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * {@code anext(aiterator, default)}: awaits what {@code __anext__()} returned, with
 * StopAsyncIteration turned into the default value (CPython's anext_awaitable).
 */
public final class PAnextAwaitable implements TruffleObject {
    private final Object wrapped;
    private final Object defaultValue;

    public PAnextAwaitable(Object wrapped, Object defaultValue) {
        this.wrapped = wrapped;
        this.defaultValue = defaultValue;
    }

    public Object getWrapped() {
        return wrapped;
    }

    public Object getDefaultValue() {
        return defaultValue;
    }
}

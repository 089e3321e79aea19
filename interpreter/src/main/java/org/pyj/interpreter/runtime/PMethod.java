package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A bound method: a function and the object it was looked up on ({@code self}). */
public final class PMethod implements TruffleObject {
    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** The other singletons: {@code NotImplemented} and {@code Ellipsis}. */
public final class PSingleton implements TruffleObject {
    public static final PSingleton NOT_IMPLEMENTED = new PSingleton("NotImplemented");
    public static final PSingleton ELLIPSIS = new PSingleton("Ellipsis");

    private final String repr;

    private PSingleton(String repr) {
        this.repr = repr;
    }

    @Override
    public String toString() {
        return repr;
    }
}

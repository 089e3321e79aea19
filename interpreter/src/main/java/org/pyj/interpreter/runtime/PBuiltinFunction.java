package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.TruffleObject;

/** A function implemented in Java (a builtin node under its own root). */
public final class PBuiltinFunction implements TruffleObject, PythonCallable {
    private final String name;
    private final RootCallTarget callTarget;
    private final Signature signature;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    /** The module or type it belongs to, for repr. */
    private final String owner;

    public PBuiltinFunction(String name, String owner, RootCallTarget callTarget, Signature signature,
            Object[] defaults, Object[] kwDefaults) {
        this.name = name;
        this.owner = owner;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    @Override
    public PModule getGlobals() {
        return null;
    }
}

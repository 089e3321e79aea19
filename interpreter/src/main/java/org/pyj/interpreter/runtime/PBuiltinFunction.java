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

    /** For a method of a builtin type taking self: that type (CPython's __objclass__); else null. */
    private PyType objclass;

    public PyType getObjclass() {
        return objclass;
    }

    public void setObjclass(PyType objclass) {
        this.objclass = objclass;
    }

    /** A special method's descriptor is a slot wrapper in CPython ("wrapper_descriptor"). */
    public boolean isSlotWrapper() {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
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

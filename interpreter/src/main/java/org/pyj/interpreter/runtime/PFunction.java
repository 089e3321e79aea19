package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.TruffleObject;

/** A function defined in Python: code (call target), globals and default values. */
public final class PFunction implements TruffleObject, PythonCallable {
    private String name;
    private String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    private final PModule globals;
    /** Defaults of the last positional parameters, left to right. */
    private final Object[] defaults;
    /** Defaults of keyword-only parameters, by kw-only index; null where there is none. */
    private final Object[] kwDefaults;
    /** The cells of the code's free variables ({@code __closure__}), in the code's order. */
    private final PCell[] closure;

    public PFunction(String name, String qualname, RootCallTarget callTarget, Signature signature, PModule globals,
            Object[] defaults, Object[] kwDefaults, PCell[] closure) {
        this.closure = closure;
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String getQualname() {
        return qualname;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public PModule getGlobals() {
        return globals;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    /** The function's {@code __dict__} (attributes set on it), made on first use. */
    private PDict attributes;

    public PDict getAttributes() {
        if (attributes == null) {
            attributes = new PDict();
        }
        return attributes;
    }

    public PCell[] getClosure() {
        return closure;
    }
}

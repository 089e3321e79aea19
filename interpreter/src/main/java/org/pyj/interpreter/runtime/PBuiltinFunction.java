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

    /**
     * A special method that fills a type slot is a slot wrapper in CPython ("wrapper_descriptor");
     * the other dunder methods ({@code __reduce_ex__}, {@code __format__}...) are plain methods.
     */
    public boolean isSlotWrapper() {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__") && !NOT_SLOTS.contains(name);
    }

    private static final java.util.Set<String> NOT_SLOTS = java.util.Set.of("__reduce_ex__", "__reduce__", "__getstate__",
            "__setstate__", "__set_name__", "__class_getitem__", "__getnewargs__", "__getnewargs_ex__", "__length_hint__",
            "__prepare__", "__sizeof__", "__format__", "__dir__", "__subclasshook__", "__init_subclass__", "__getformat__",
            "__instancecheck__", "__subclasscheck__", "__subclasses__", "__reversed__", "__round__", "__trunc__", "__floor__",
            "__ceil__", "__complex__", "__bytes__", "__enter__", "__exit__", "__copy__", "__deepcopy__", "__missing__");

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

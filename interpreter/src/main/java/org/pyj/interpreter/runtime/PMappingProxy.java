package org.pyj.interpreter.runtime;

/**
 * A read-only view of a mapping ({@code types.MappingProxyType}); a class's {@code __dict__} is
 * one over the class, read afresh on each use so it follows changes to the class.
 */
public final class PMappingProxy extends PythonObject {
    private final Object mapping;

    /** Over a class's attributes (a PyType) or any mapping. */
    public PMappingProxy(Object mapping) {
        super(BuiltinTypes.MAPPINGPROXY);
        this.mapping = mapping;
    }

    /** The mapping to read: for a class, a dict of its attributes as they are now. */
    public Object mapping() {
        if (mapping instanceof PyType t) {
            PDict d = new PDict();
            for (var e : t.getDict().entrySet()) {
                d.setItem(PyStr.fromJava(e.getKey()), e.getValue());
            }
            return d;
        }
        return mapping;
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/** A module object; its attributes (the module's globals) live in the object's shape-based storage. */
public final class PModule extends DynamicObject {
    private final String name;

    public PModule(Shape shape, String name) {
        super(shape);
        this.name = name;
    }

    public String getName() {
        return name;
    }
}

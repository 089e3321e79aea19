package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a class defined in Python. Its attributes (its {@code __dict__}) live in the
 * object's shape-based storage, keyed by the attribute name as a Java string; the class is a
 * field, so instances of different classes with the same attributes share shapes.
 */
public class PythonObject extends DynamicObject {
    /** The empty shape every instance starts from. Shapes hold no language state, so one tree serves all contexts. */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();

    private PyType type;
    /** {@code id(self)} once asked for; 0 before. */
    private long id;

    public PythonObject(PyType type) {
        super(ROOT_SHAPE);
        this.type = type;
    }

    public final PyType getPythonType() {
        return type;
    }

    public final long getId() {
        return id;
    }

    public final void setId(long id) {
        this.id = id;
    }

    /** {@code obj.__class__ = other}. */
    public final void setPythonType(PyType type) {
        this.type = type;
    }
}

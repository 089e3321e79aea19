package org.pyj.interpreter.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PCell {
    private Object value;

    public PCell(Object value) {
        this.value = value;
    }

    /** The value, or null while the variable is unbound. */
    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}

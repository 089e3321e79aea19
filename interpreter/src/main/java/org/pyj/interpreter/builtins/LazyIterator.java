package org.pyj.interpreter.builtins;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A Java iterator over Python values computed one at a time, for the builtin iterator objects
 * written in Java ({@code PIterator.JavaIterator}): {@link #compute()} makes the next value, or
 * returns null at the end, after which the iterator stays exhausted.
 */
abstract class LazyIterator implements Iterator<Object> {
    private Object pending;
    private boolean done;

    /** The next value, or null when there is none. */
    protected abstract Object compute();

    @Override
    public final boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (done) {
            return false;
        }
        pending = compute();
        if (pending == null) {
            done = true;
            return false;
        }
        return true;
    }

    @Override
    public final Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object v = pending;
        pending = null;
        return v;
    }
}

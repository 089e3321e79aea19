package org.pyj.interpreter.runtime;

import java.lang.ref.WeakReference;

/**
 * A weak reference ({@code weakref.ref}): the referent through a Java {@link WeakReference},
 * the callback, and the referent's hash once asked for (CPython keeps it after the referent
 * dies). A PythonObject, so that classes (WeakMethod, KeyedRef) can derive from it. The JVM
 * collects when it likes, and callbacks are not called yet.
 */
public final class PWeakRef extends PythonObject {
    private final WeakReference<Object> referent;
    private final Object callback;
    private boolean hashed;
    private long hash;

    public PWeakRef(PyType type, Object referent, Object callback) {
        super(type);
        this.referent = new WeakReference<>(referent);
        this.callback = callback;
    }

    /** The referent, or null once it is gone. */
    public Object get() {
        return referent.get();
    }

    public Object getCallback() {
        return callback;
    }

    public boolean isHashed() {
        return hashed;
    }

    public long getHash() {
        return hash;
    }

    public void setHash(long hash) {
        this.hash = hash;
        this.hashed = true;
    }
}

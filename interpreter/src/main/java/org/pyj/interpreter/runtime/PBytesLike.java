package org.pyj.interpreter.runtime;

import java.util.Arrays;

/**
 * The storage shared by bytes and bytearray: an array of bytes of which the first
 * {@link #length()} are the value. Both are {@link PythonObject}s so that classes can subclass
 * them; their special methods live in their types' dicts (see {@code builtins/BytesBuiltins}).
 */
public abstract class PBytesLike extends PythonObject {
    protected byte[] store;
    protected int length;

    protected PBytesLike(PyType type, byte[] store, int length) {
        super(type);
        this.store = store;
        this.length = length;
    }

    public final int length() {
        return length;
    }

    /** The backing array; only the first {@link #length()} bytes belong to the value. */
    public final byte[] store() {
        return store;
    }

    /** The byte at {@code i} as an unsigned value. */
    public final int get(int i) {
        return store[i] & 0xff;
    }

    /** A copy of the value, exactly {@link #length()} long. */
    public final byte[] copyBytes() {
        return Arrays.copyOf(store, length);
    }

    public abstract boolean isMutable();
}

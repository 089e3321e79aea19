package org.pyj.interpreter.runtime;

/** A Python bytes object: an immutable sequence of bytes. */
public final class PBytes extends PBytesLike {
    public static final byte[] NO_BYTES = new byte[0];

    /** A bytes over {@code data} (taken, not copied: the caller must not change it afterwards). */
    public PBytes(byte[] data) {
        super(BuiltinTypes.BYTES, data, data.length);
    }

    /** An instance of bytes or a subclass over {@code data} (taken, not copied). */
    public PBytes(PyType type, byte[] data) {
        super(type, data, data.length);
    }

    @Override
    public boolean isMutable() {
        return false;
    }
}

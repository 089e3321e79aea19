package org.pyj.interpreter.runtime;

import java.util.Arrays;

/** A Python bytearray: a growable array of bytes. */
public final class PByteArray extends PBytesLike {
    /** Buffer exports (memoryviews) alive; while non-zero the size may not change (BufferError). */
    private int exports;

    public PByteArray(byte[] data) {
        super(BuiltinTypes.BYTEARRAY, data, data.length);
    }

    public PByteArray(PyType type, byte[] data) {
        super(type, data, data.length);
    }

    @Override
    public boolean isMutable() {
        return true;
    }

    public void set(int i, int value) {
        store[i] = (byte) value;
    }

    /** Replaces the whole value (taking {@code data}). */
    public void setBytes(byte[] data, int newLength) {
        store = data;
        length = newLength;
    }

    private void ensureCapacity(int n) {
        if (n > store.length) {
            store = Arrays.copyOf(store, Math.max(n, store.length + (store.length >> 1) + 8));
        }
    }

    public void append(int value) {
        ensureCapacity(length + 1);
        store[length++] = (byte) value;
    }

    public void appendAll(byte[] data, int from, int count) {
        ensureCapacity(length + count);
        System.arraycopy(data, from, store, length, count);
        length += count;
    }

    /** Replaces bytes [start, stop) by {@code data}. */
    public void replace(int start, int stop, byte[] data, int count) {
        int tail = length - stop;
        int newLength = start + count + tail;
        byte[] out = newLength > store.length ? Arrays.copyOf(store, newLength) : store;
        System.arraycopy(store, stop, out, start + count, tail);
        System.arraycopy(data, 0, out, start, count);
        store = out;
        length = newLength;
    }

    public int getExports() {
        return exports;
    }

    public void addExport(int delta) {
        exports += delta;
    }
}

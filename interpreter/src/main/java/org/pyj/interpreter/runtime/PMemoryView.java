package org.pyj.interpreter.runtime;

/**
 * A memoryview of a bytes or bytearray (format 'B', one dimension): the bytes
 * {@code start, start + step, ...} ({@code length} of them) of the object. While it is not
 * released it counts as an export of a bytearray, which then cannot change size.
 */
public final class PMemoryView extends PythonObject {
    private final PBytesLike obj;
    private final int start;
    private final int length;
    private final int step;
    private boolean released;

    public PMemoryView(PBytesLike obj, int start, int length, int step) {
        super(BuiltinTypes.MEMORYVIEW);
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
        if (obj instanceof PByteArray b) {
            b.addExport(1);
        }
    }

    public PBytesLike getObject() {
        return obj;
    }

    public int start() {
        return start;
    }

    public int length() {
        return length;
    }

    public int step() {
        return step;
    }

    public boolean isReleased() {
        return released;
    }

    public boolean isReadonly() {
        return !(obj instanceof PByteArray);
    }

    public void release() {
        if (!released && obj instanceof PByteArray b) {
            b.addExport(-1);
        }
        released = true;
    }

    public int get(int i) {
        return obj.get(start + i * step);
    }

    public void set(int i, int value) {
        ((PByteArray) obj).set(start + i * step, value);
    }

    public byte[] toBytes() {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) get(i);
        }
        return out;
    }
}

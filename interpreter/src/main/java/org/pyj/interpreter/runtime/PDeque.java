package org.pyj.interpreter.runtime;

/**
 * A {@code collections.deque}: a circular buffer, so that both ends take and give in O(1), with
 * an optional maximum length (adding beyond it drops from the other end). A PythonObject, so
 * that classes can derive from deque.
 */
public final class PDeque extends PythonObject {
    private Object[] items = new Object[8];
    private int head;
    private int size;
    /** -1 for no maximum. */
    private int maxlen = -1;
    /** Counts changes, so that an iterator notices the deque changed under it. */
    private int changes;

    public PDeque(PyType type) {
        super(type);
    }

    public int size() {
        return size;
    }

    public int getMaxlen() {
        return maxlen;
    }

    public void setMaxlen(int maxlen) {
        this.maxlen = maxlen;
    }

    public int getChanges() {
        return changes;
    }

    public Object get(int i) {
        return items[(head + i) % items.length];
    }

    public void set(int i, Object v) {
        items[(head + i) % items.length] = v;
        changes++;
    }

    private void grow() {
        if (size < items.length) {
            return;
        }
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        items = bigger;
        head = 0;
    }

    public void append(Object v) {
        if (maxlen == 0) {
            return;
        }
        if (maxlen > 0 && size == maxlen) {
            popLeft();
        }
        grow();
        items[(head + size) % items.length] = v;
        size++;
        changes++;
    }

    public void appendLeft(Object v) {
        if (maxlen == 0) {
            return;
        }
        if (maxlen > 0 && size == maxlen) {
            pop();
        }
        grow();
        head = (head - 1 + items.length) % items.length;
        items[head] = v;
        size++;
        changes++;
    }

    /** Removes and returns the rightmost item; null when empty. */
    public Object pop() {
        if (size == 0) {
            return null;
        }
        int i = (head + size - 1) % items.length;
        Object v = items[i];
        items[i] = null;
        size--;
        changes++;
        return v;
    }

    /** Removes and returns the leftmost item; null when empty. */
    public Object popLeft() {
        if (size == 0) {
            return null;
        }
        Object v = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        size--;
        changes++;
        return v;
    }

    public void clear() {
        items = new Object[8];
        head = 0;
        size = 0;
        changes++;
    }

    /** The items left to right. */
    public Object[] toArray() {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** Replaces the contents (insert, remove, rotate, reverse go through here). */
    public void setAll(Object[] values) {
        items = new Object[Math.max(8, values.length * 2)];
        System.arraycopy(values, 0, items, 0, values.length);
        head = 0;
        size = values.length;
        changes++;
    }
}

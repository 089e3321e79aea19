package org.pyj.interpreter.runtime;

import java.util.Arrays;


/** A Python list: a growable array of values. */
public final class PList extends PythonObject {
    private static final Object[] EMPTY = new Object[0];

    private Object[] items;
    private int size;
    /** Set while {@code sort} runs: CPython empties the list then, and mutation is detected after. */
    private boolean sorting;

    public PList() {
        super(BuiltinTypes.LIST);
        this.items = EMPTY;
    }

    /** An empty instance of list or of a subclass. */
    public PList(PyType type) {
        super(type);
        this.items = EMPTY;
    }

    /** A list over {@code items} (taken, not copied). */
    public PList(Object[] items) {
        super(BuiltinTypes.LIST);
        this.items = items;
        this.size = items.length;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object value) {
        items[i] = value;
    }

    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    private void grow(int minCapacity) {
        // CPython's over-allocation: about 1/8 more, plus a little.
        int capacity = Math.max(minCapacity, (minCapacity + (minCapacity >> 3) + 6) & ~3);
        items = Arrays.copyOf(items, capacity);
    }

    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    public Object remove(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    /** A copy of the items. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content ({@code items} taken, not copied). */
    public void setItems(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    /** The backing array (may be longer than {@link #size()}). */
    public Object[] getItemsArray() {
        return items;
    }

    public boolean isSorting() {
        return sorting;
    }

    public void setSorting(boolean sorting) {
        this.sorting = sorting;
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A Python tuple: an immutable array of values. */
public final class PTuple implements TruffleObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    public Object[] getItems() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}

package org.pyj.interpreter.runtime;

import java.util.Iterator;
import java.util.LinkedHashSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A set or frozenset. Members are kept as {@link PDict.Key}s in insertion order.
 * (CPython orders a set by its hash table; programs that print sets of strings see another order.)
 */
public final class PSet extends PythonObject {
    private final LinkedHashSet<PDict.Key> members = new LinkedHashSet<>();

    public PSet(PyType type) {
        super(type);
    }

    public boolean isFrozen() {
        return getPythonType().isSubtypeOf(BuiltinTypes.FROZENSET);
    }

    @TruffleBoundary
    public int size() {
        return members.size();
    }

    @TruffleBoundary
    public boolean add(com.oracle.truffle.api.nodes.Node location, Object o) {
        return members.add(PDict.key(location, o));
    }

    @TruffleBoundary
    public boolean contains(com.oracle.truffle.api.nodes.Node location, Object o) {
        return members.contains(PDict.key(location, o));
    }

    @TruffleBoundary
    public boolean remove(com.oracle.truffle.api.nodes.Node location, Object o) {
        return members.remove(PDict.key(location, o));
    }

    @TruffleBoundary
    public boolean add(Object o) {
        return members.add(PDict.key(o));
    }

    @TruffleBoundary
    public boolean contains(Object o) {
        return members.contains(PDict.key(o));
    }

    @TruffleBoundary
    public boolean remove(Object o) {
        return members.remove(PDict.key(o));
    }

    @TruffleBoundary
    public void clear() {
        members.clear();
    }

    @TruffleBoundary
    public Object[] toArray() {
        Object[] out = new Object[members.size()];
        int i = 0;
        for (PDict.Key k : members) {
            out[i++] = k.get();
        }
        return out;
    }

    @TruffleBoundary
    public Iterator<PDict.Key> iterator() {
        return members.iterator();
    }

    /** Removes and returns the first member, or null when empty. */
    @TruffleBoundary
    public Object pop() {
        Iterator<PDict.Key> it = members.iterator();
        if (!it.hasNext()) {
            return null;
        }
        Object o = it.next().get();
        it.remove();
        return o;
    }
}

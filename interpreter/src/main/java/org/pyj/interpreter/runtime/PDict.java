package org.pyj.interpreter.runtime;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.pyj.interpreter.lib.ObjectProtocol;

/**
 * A Python dict: insertion-ordered, keys compared by Python equality. Keys are wrapped in
 * {@link Key}, which carries a hash consistent with Python equality ({@link ObjectProtocol#dictHash});
 * Java's LinkedHashMap keeps CPython's ordering rules (an update keeps the position, a delete
 * and re-insert moves the key to the end).
 */
public class PDict extends PythonObject {
    private final LinkedHashMap<Key, Object> map = new LinkedHashMap<>();

    public PDict() {
        super(BuiltinTypes.DICT);
    }

    public PDict(PyType type) {
        super(type);
    }

    /** A dict key: the Python object and its hash. */
    public static final class Key {
        final Object key;
        final int hash;

        public Key(Object key, int hash) {
            this.key = key;
            this.hash = hash;
        }

        public Object get() {
            return key;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.hash == hash && (other.key == key || ObjectProtocol.keyEquals(other.key, key));
        }
    }

    @TruffleBoundary
    public static Key key(Object key) {
        return new Key(key, ObjectProtocol.dictHash(null, key));
    }

    /** A key whose hash errors (unhashable type) are reported at {@code location}. */
    @TruffleBoundary
    public static Key key(com.oracle.truffle.api.nodes.Node location, Object key) {
        return new Key(key, ObjectProtocol.dictHash(location, key));
    }

    @TruffleBoundary
    public Object getItem(com.oracle.truffle.api.nodes.Node location, Object key) {
        return map.get(key(location, key));
    }

    @TruffleBoundary
    public void setItem(com.oracle.truffle.api.nodes.Node location, Object key, Object value) {
        map.put(key(location, key), value);
    }

    @TruffleBoundary
    public Object removeItem(com.oracle.truffle.api.nodes.Node location, Object key) {
        return map.remove(key(location, key));
    }

    @TruffleBoundary
    public boolean containsKey(com.oracle.truffle.api.nodes.Node location, Object key) {
        return map.containsKey(key(location, key));
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    /** The value for {@code key}, or null. */
    @TruffleBoundary
    public Object getItem(Object key) {
        return map.get(key(key));
    }

    @TruffleBoundary
    public void setItem(Object key, Object value) {
        map.put(key(key), value);
    }

    /** Removes {@code key}; returns its value, or null when it was not there. */
    @TruffleBoundary
    public Object removeItem(Object key) {
        return map.remove(key(key));
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(key(key));
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    /** The entries in order; the caller must not change the dict while iterating. */
    @TruffleBoundary
    public Iterable<Map.Entry<Key, Object>> entries() {
        return map.entrySet();
    }

    @TruffleBoundary
    public Iterator<Map.Entry<Key, Object>> iterator() {
        return map.entrySet().iterator();
    }

    /** Removes and returns the last entry, or null when empty. */
    @TruffleBoundary
    public Map.Entry<Key, Object> popLast() {
        return map.pollLastEntry();
    }

    /** The keys in order. */
    @TruffleBoundary
    public Object[] keysArray() {
        Object[] out = new Object[map.size()];
        int i = 0;
        for (Key k : map.keySet()) {
            out[i++] = k.key;
        }
        return out;
    }

    @TruffleBoundary
    public Object[] valuesArray() {
        return map.values().toArray();
    }

    @TruffleBoundary
    public void putAll(PDict other) {
        if (other instanceof PInstanceDict) {
            for (Map.Entry<Key, Object> e : other.entries()) {
                map.put(e.getKey(), e.getValue());
            }
            return;
        }
        map.putAll(other.map);
    }
}

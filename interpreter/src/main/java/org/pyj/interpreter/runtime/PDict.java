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
    /**
     * Set once this dict serves as the globals of exec'd code: its contents then live in that
     * module (code reads globals from a module's shape) and every operation goes to this view of
     * it, so the dict and the module stay one namespace; keys that are not str stay in
     * {@link #map}. Null for an ordinary dict.
     */
    private PInstanceDict moduleView;

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
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.getItem(location, key);
        }
        return map.get(key(location, key));
    }

    @TruffleBoundary
    public void setItem(com.oracle.truffle.api.nodes.Node location, Object key, Object value) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            moduleView.setItem(location, key, value);
            return;
        }
        map.put(key(location, key), value);
    }

    @TruffleBoundary
    public Object removeItem(com.oracle.truffle.api.nodes.Node location, Object key) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.removeItem(location, key);
        }
        return map.remove(key(location, key));
    }

    @TruffleBoundary
    public boolean containsKey(com.oracle.truffle.api.nodes.Node location, Object key) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.containsKey(location, key);
        }
        return map.containsKey(key(location, key));
    }

    /** The value for {@code key} whose dict hash (ObjectProtocol.dictHash) the caller computed, or null. */
    @TruffleBoundary
    public Object getItem(com.oracle.truffle.api.nodes.Node location, Object key, int hash) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.getItem(location, key);
        }
        return map.get(new Key(key, hash));
    }

    @TruffleBoundary
    public void setItem(com.oracle.truffle.api.nodes.Node location, Object key, Object value, int hash) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            moduleView.setItem(location, key, value);
            return;
        }
        map.put(new Key(key, hash), value);
    }

    @TruffleBoundary
    public boolean containsKey(com.oracle.truffle.api.nodes.Node location, Object key, int hash) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.containsKey(location, key);
        }
        return map.containsKey(new Key(key, hash));
    }

    /** A dict of the builtin dict type itself (not a subclass, not an instance's or module's dict view). */
    public final boolean isExactDict() {
        return getClass() == PDict.class && getPythonType() == BuiltinTypes.DICT;
    }

    @TruffleBoundary
    public int size() {
        if (moduleView != null) {
            return moduleView.size() + map.size();
        }
        return map.size();
    }

    /** The value for {@code key}, or null. */
    @TruffleBoundary
    public Object getItem(Object key) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.getItem(key);
        }
        return map.get(key(key));
    }

    @TruffleBoundary
    public void setItem(Object key, Object value) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            moduleView.setItem(key, value);
            return;
        }
        map.put(key(key), value);
    }

    /** Removes {@code key}; returns its value, or null when it was not there. */
    @TruffleBoundary
    public Object removeItem(Object key) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.removeItem(key);
        }
        return map.remove(key(key));
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        if (moduleView != null && key instanceof com.oracle.truffle.api.strings.TruffleString) {
            return moduleView.containsKey(key);
        }
        return map.containsKey(key(key));
    }

    @TruffleBoundary
    public void clear() {
        if (moduleView != null) {
            moduleView.clear();
        }
        map.clear();
    }

    /** The entries in order; the caller must not change the dict while iterating. */
    @TruffleBoundary
    public Iterable<Map.Entry<Key, Object>> entries() {
        if (moduleView != null) {
            return combined().entrySet();
        }
        return map.entrySet();
    }

    @TruffleBoundary
    public Iterator<Map.Entry<Key, Object>> iterator() {
        if (moduleView != null) {
            return combined().entrySet().iterator();
        }
        return map.entrySet().iterator();
    }

    /** Removes and returns the last entry, or null when empty. */
    @TruffleBoundary
    public Map.Entry<Key, Object> popLast() {
        if (moduleView != null && map.isEmpty()) {
            return moduleView.popLast();
        }
        return map.pollLastEntry();
    }

    /** The keys in order. */
    @TruffleBoundary
    public Object[] keysArray() {
        if (moduleView != null) {
            return combined().keySet().stream().map(Key::get).toArray();
        }
        Object[] out = new Object[map.size()];
        int i = 0;
        for (Key k : map.keySet()) {
            out[i++] = k.key;
        }
        return out;
    }

    @TruffleBoundary
    public Object[] valuesArray() {
        if (moduleView != null) {
            return combined().values().toArray();
        }
        return map.values().toArray();
    }

    @TruffleBoundary
    public void putAll(PDict other) {
        if (moduleView != null) {
            for (Map.Entry<Key, Object> e : other.entries()) {
                setItem(e.getKey().get(), e.getValue());
            }
            return;
        }
        if (other instanceof PInstanceDict || other.moduleView != null) {
            for (Map.Entry<Key, Object> e : other.entries()) {
                map.put(e.getKey(), e.getValue());
            }
            return;
        }
        map.putAll(other.map);
    }

    /** A globals dict's items: the module's names, then the keys that are not str (kept in the dict itself). */
    private LinkedHashMap<Key, Object> combined() {
        LinkedHashMap<Key, Object> all = new LinkedHashMap<>();
        for (Map.Entry<Key, Object> e : moduleView.entries()) {
            all.put(e.getKey(), e.getValue());
        }
        all.putAll(map);
        return all;
    }

    /** The keys of a {@code **kwargs} dict (all str) as Java names, in order; {@link #valuesArray()} gives their values. */
    @TruffleBoundary
    public String[] keywordNames() {
        Object[] keys = keysArray();
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = PyStr.toJava((com.oracle.truffle.api.strings.TruffleString) keys[i]);
        }
        return names;
    }

    /** The module this dict is the globals of (see {@link #moduleView}), or null. */
    public PModule getGlobalsModule() {
        return moduleView == null ? null : (PModule) moduleView.getOwner();
    }

    /**
     * Makes this dict the globals of {@code module}: its items move into the module, and from now
     * on the dict reads and writes the module's names (keys that are not str stay in the dict).
     * Returns false, changing nothing, when the dict has keys that are not str already.
     */
    @TruffleBoundary
    public boolean becomeGlobalsOf(PModule module) {
        for (Key k : map.keySet()) {
            if (!(k.key instanceof com.oracle.truffle.api.strings.TruffleString)) {
                return false;
            }
        }
        PInstanceDict view = PInstanceDict.viewOf(module);
        for (Map.Entry<Key, Object> e : map.entrySet()) {
            view.setItem(e.getKey().key, e.getValue());
        }
        map.clear();
        moduleView = view;
        PInstanceDict.setDictOf(module, this);
        return true;
    }
}

package org.pyj.interpreter.runtime;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;

/**
 * {@code obj.__dict__} of an instance (or module): a dict whose contents are the object's
 * shape-based attributes, read and written through, so {@code obj.__dict__['x'] = 1} sets
 * {@code obj.x}. Keys must be str (names of slots are not part of it).
 */
public final class PInstanceDict extends PDict {
    private static final DynamicObjectLibrary OBJECTS = DynamicObjectLibrary.getUncached();

    private final DynamicObject owner;

    /** Where an object keeps its dict once made: a key no attribute name can be. */
    private static final Object DICT_KEY = new Object() {
        @Override
        public String toString() {
            return "<__dict__>";
        }
    };

    private PInstanceDict(DynamicObject owner) {
        this.owner = owner;
    }

    /** The object's {@code __dict__}: made on first use, then the same dict every time (as CPython's). */
    @TruffleBoundary
    public static PDict of(DynamicObject owner) {
        Object d = OBJECTS.getOrDefault(owner, DICT_KEY, null);
        if (d == null) {
            d = new PInstanceDict(owner);
            OBJECTS.put(owner, DICT_KEY, d);
        }
        return (PDict) d;
    }

    /** The object's {@code __dict__} if it was ever asked for, else null (BaseException.__reduce__ tells them apart). */
    @TruffleBoundary
    public static PDict existing(DynamicObject owner) {
        return (PDict) OBJECTS.getOrDefault(owner, DICT_KEY, null);
    }

    /** A view of the object's attributes that is not its {@code __dict__} (a globals dict's storage). */
    static PInstanceDict viewOf(DynamicObject owner) {
        return new PInstanceDict(owner);
    }

    /** Makes {@code dict} what {@link #of} returns for {@code owner}: a module whose globals dict it is. */
    @TruffleBoundary
    static void setDictOf(DynamicObject owner, PDict dict) {
        OBJECTS.put(owner, DICT_KEY, dict);
    }


    /** The object (instance or module) whose attributes this dict is. */
    public DynamicObject getOwner() {
        return owner;
    }

    private boolean isAttribute(Object key) {
        if (!(key instanceof String s)) {
            return false;
        }
        if (owner instanceof PythonObject p && p.getPythonType().lookup(s) instanceof PDescriptors.PSlotMember) {
            return false;
        }
        return true;
    }

    private static String name(Node location, Object key) {
        if (key instanceof TruffleString s) {
            return PyStr.toJava(s);
        }
        throw PythonErrors.typeError(location, "pyj keeps only str keys in an instance __dict__, not %s",
                PythonTypeOf.typeName(key));
    }

    /** The current attributes as an ordinary map (a copy). */
    @TruffleBoundary
    private LinkedHashMap<Key, Object> snapshot() {
        LinkedHashMap<Key, Object> m = new LinkedHashMap<>();
        for (Object k : OBJECTS.getKeyArray(owner)) {
            if (isAttribute(k)) {
                m.put(PDict.key(PyStr.fromJava((String) k)), OBJECTS.getOrDefault(owner, k, PNone.NONE));
            }
        }
        return m;
    }

    @Override
    @TruffleBoundary
    public int size() {
        return snapshot().size();
    }

    @Override
    @TruffleBoundary
    public Object getItem(Object key) {
        return getItem(null, key);
    }

    @Override
    @TruffleBoundary
    public Object getItem(Node location, Object key) {
        if (!(key instanceof TruffleString s)) {
            return null;
        }
        String n = PyStr.toJava(s);
        return isAttribute(n) ? OBJECTS.getOrDefault(owner, n, null) : null;
    }

    @Override
    @TruffleBoundary
    public void setItem(Object key, Object value) {
        setItem(null, key, value);
    }

    @Override
    @TruffleBoundary
    public void setItem(Node location, Object key, Object value) {
        OBJECTS.put(owner, name(location, key), value);
    }

    @Override
    @TruffleBoundary
    public Object removeItem(Object key) {
        return removeItem(null, key);
    }

    @Override
    @TruffleBoundary
    public Object removeItem(Node location, Object key) {
        Object old = getItem(location, key);
        if (old != null) {
            OBJECTS.removeKey(owner, PyStr.toJava((TruffleString) key));
        }
        return old;
    }

    @Override
    @TruffleBoundary
    public boolean containsKey(Object key) {
        return getItem(null, key) != null;
    }

    @Override
    @TruffleBoundary
    public boolean containsKey(Node location, Object key) {
        return getItem(location, key) != null;
    }

    @Override
    @TruffleBoundary
    public void clear() {
        for (Object k : OBJECTS.getKeyArray(owner)) {
            if (isAttribute(k)) {
                OBJECTS.removeKey(owner, k);
            }
        }
    }

    @Override
    @TruffleBoundary
    public Iterable<Map.Entry<Key, Object>> entries() {
        return snapshot().entrySet();
    }

    @Override
    @TruffleBoundary
    public Iterator<Map.Entry<Key, Object>> iterator() {
        return snapshot().entrySet().iterator();
    }

    @Override
    @TruffleBoundary
    public Map.Entry<Key, Object> popLast() {
        Map.Entry<Key, Object> last = snapshot().pollLastEntry();
        if (last != null) {
            removeItem(last.getKey().get());
        }
        return last;
    }

    @Override
    @TruffleBoundary
    public Object[] keysArray() {
        Object[] out = new Object[size()];
        int i = 0;
        for (Key k : snapshot().keySet()) {
            out[i++] = k.get();
        }
        return out;
    }

    @Override
    @TruffleBoundary
    public Object[] valuesArray() {
        return snapshot().values().toArray();
    }

    @Override
    @TruffleBoundary
    public void putAll(PDict other) {
        for (var e : other.entries()) {
            setItem(e.getKey().get(), e.getValue());
        }
    }

    // The caller's precomputed hash is of no use here: the attributes are keyed by name.

    @Override
    public Object getItem(Node location, Object key, int hash) {
        return getItem(location, key);
    }

    @Override
    public void setItem(Node location, Object key, Object value, int hash) {
        setItem(location, key, value);
    }

    @Override
    public boolean containsKey(Node location, Object key, int hash) {
        return containsKey(location, key);
    }
}

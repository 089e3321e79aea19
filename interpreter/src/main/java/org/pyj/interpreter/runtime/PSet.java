package org.pyj.interpreter.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.lib.BuiltinComparisons;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.ObjectProtocol;

/**
 * A set or frozenset, stored as CPython's setobject.c stores it: an open-addressing table of
 * (hash, key) probed linearly 9 slots at a time then perturbed, resized at 60% fill. Keeping the
 * same table keeps the same iteration order, so programs print sets as CPython prints them.
 */
public final class PSet extends PythonObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** A deleted entry (its hash is -1, which no live entry has). */
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Active plus dummy entries. */
    private int fill;
    /** Active entries. */
    private int used;
    /** Where pop() continues searching. */
    private int finger;

    public PSet(PyType type) {
        super(type);
    }

    public boolean isFrozen() {
        return getPythonType().isSubtypeOf(BuiltinTypes.FROZENSET);
    }

    public int size() {
        return used;
    }

    @TruffleBoundary
    public boolean add(Object o) {
        return add(null, o);
    }

    @TruffleBoundary
    public boolean add(Node location, Object o) {
        return addEntry(location, o, ObjectProtocol.hash(location, o));
    }

    @TruffleBoundary
    public boolean contains(Object o) {
        return contains(null, o);
    }

    @TruffleBoundary
    public boolean contains(Node location, Object o) {
        return lookup(location, o, ObjectProtocol.hash(location, o)) >= 0;
    }

    /** Removes {@code o}; whether it was there. */
    @TruffleBoundary
    public boolean remove(Object o) {
        return remove(null, o);
    }

    @TruffleBoundary
    public boolean remove(Node location, Object o) {
        int i = lookup(location, o, ObjectProtocol.hash(location, o));
        if (i < 0) {
            return false;
        }
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        return true;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** The members in table order. */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                out[n++] = keys[i];
            }
        }
        return out;
    }

    /** The members' hashes, in the same order as {@link #toArray()}. */
    @TruffleBoundary
    public long[] hashArray() {
        long[] out = new long[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                out[n++] = hashes[i];
            }
        }
        return out;
    }

    /** A live iterator in table order (the caller checks for size changes). */
    @TruffleBoundary
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                while (i <= mask && (keys[i] == null || keys[i] == DUMMY)) {
                    i++;
                }
                return i <= mask;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return keys[i++];
            }
        };
    }

    /** set.pop(): the first live entry from where the last pop stopped; null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    // ------------------------------------------------------------------ the table (setobject.c)

    /** The index of the entry equal to key, or -1 (set_lookkey). */
    private int lookup(Node location, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null && hashes[j] == 0) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash) {
                    Object[] table = keys;
                    if (same(location, k, key)) {
                        return j;
                    }
                    if (table != keys || keys[j] != k) {
                        return lookup(location, key, hash);
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private static boolean same(Node location, Object stored, Object key) {
        if (stored == key) {
            return true;
        }
        if (stored instanceof TruffleString a && key instanceof TruffleString b) {
            return PyStr.equal(a, b);
        }
        return BuiltinComparisons.isSame(stored, key) || ObjectProtocol.compareBool(location, stored, key, CompareOp.EQ);
    }

    /** set_add_entry: whether the key was added (false: an equal key was there). */
    @TruffleBoundary
    public boolean addEntry(Node location, Object key, long hash) {
        restart: while (true) {
            int freeSlot = -1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = keys[j];
                    if (k == null && hashes[j] == 0) {
                        if (freeSlot >= 0) {
                            used++;
                            keys[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            return true;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        Object[] table = keys;
                        if (same(location, k, key)) {
                            return false;
                        }
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                    } else if (k == DUMMY) {
                        freeSlot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** set_insert_clean: places a key known to be absent, into a table without dummies. */
    private static void insertClean(Object[] table, long[] tableHashes, int tableMask, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & tableMask);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                tableHashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= tableMask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        tableHashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & tableMask);
        }
    }

    /** set_table_resize: the smallest power of two above minUsed, entries reinserted in table order. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (newSize == MIN_SIZE && oldKeys.length == MIN_SIZE && fill == used) {
            return;
        }
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
                insertClean(keys, hashes, mask, oldKeys[i], oldHashes[i]);
            }
        }
    }

    /** set_merge: adds every member of {@code other}, copying its table when this set is empty. */
    @TruffleBoundary
    public void merge(Node location, PSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        Object[] otherKeys = other.keys.clone();
        long[] otherHashes = other.hashes.clone();
        for (int i = 0; i < otherKeys.length; i++) {
            Object k = otherKeys[i];
            if (k != null && k != DUMMY) {
                addEntry(location, k, otherHashes[i]);
            }
        }
    }

    /** Makes room for {@code extra} more keys at once, as set_update_internal does before adding a dict's keys. */
    @TruffleBoundary
    public void reserve(int extra) {
        if ((long) (fill + extra) * 5 >= (long) mask * 3) {
            resize((used + extra) * 2);
        }
    }

    /** Takes over another set's table (set_swap_bodies, as the in-place operators use it). */
    @TruffleBoundary
    public void takeTable(PSet other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        finger = 0;
    }

    /** Whether the member with this hash is present (set_contains_entry). */
    @TruffleBoundary
    public boolean containsEntry(Node location, Object key, long hash) {
        return lookup(location, key, hash) >= 0;
    }

    /** Removes by known hash (set_discard_entry). */
    @TruffleBoundary
    public boolean discardEntry(Node location, Object key, long hash) {
        int i = lookup(location, key, hash);
        if (i < 0) {
            return false;
        }
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        return true;
    }
}

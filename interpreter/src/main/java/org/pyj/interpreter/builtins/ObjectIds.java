package org.pyj.interpreter.builtins;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.pyj.interpreter.runtime.PythonObject;

/**
 * {@code id(obj)}: a number unique among live objects, handed out on first request. Instances
 * keep theirs in a field; other objects in a table of weak identity keys, so an object whose id
 * was taken can still be collected (its entry goes with it). Ints, floats and bools are values
 * here and are numbered by value.
 */
final class ObjectIds {
    private ObjectIds() {
    }

    /** A weak reference compared by the identity of its referent. */
    private static final class IdentityKey extends java.lang.ref.WeakReference<Object> {
        private final int hash;

        IdentityKey(Object o, java.lang.ref.ReferenceQueue<Object> queue) {
            super(o, queue);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object mine = get();
            return other instanceof IdentityKey k && mine != null && mine == k.get();
        }
    }

    private static final java.lang.ref.ReferenceQueue<Object> COLLECTED = new java.lang.ref.ReferenceQueue<>();
    private static final Map<IdentityKey, Long> IDS = new java.util.HashMap<>();
    private static long next = 0x7f0000001000L;

    @TruffleBoundary
    static synchronized long id(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof Boolean || o instanceof Double) {
            long bits = o instanceof Double d ? Double.doubleToLongBits(d) : o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).longValue();
            return (bits * 32) ^ 0x5a5a0000L;
        }
        if (o instanceof PythonObject p) {
            if (p.getId() == 0) {
                p.setId(next);
                next += 16;
            }
            return p.getId();
        }
        for (Object gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
            IDS.remove(gone);
        }
        IdentityKey key = new IdentityKey(o, COLLECTED);
        Long id = IDS.get(key);
        if (id == null) {
            id = next;
            next += 16;
            IDS.put(key, id);
        } else {
            key.clear();
        }
        return id;
    }
}

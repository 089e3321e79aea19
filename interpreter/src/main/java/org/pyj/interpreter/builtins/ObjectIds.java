package org.pyj.interpreter.builtins;

import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.pyj.interpreter.runtime.PythonObject;

/**
 * {@code id(obj)}: a number unique among live objects, handed out on first request. Instances
 * keep theirs in a field; other objects in an identity table that keeps them alive (a leak for
 * programs that take the id of many such objects). Ints, floats and bools are values here and
 * are numbered by value.
 */
final class ObjectIds {
    private ObjectIds() {
    }

    private static final Map<Object, Long> IDS = new IdentityHashMap<>();
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
        Long id = IDS.get(o);
        if (id == null) {
            id = next;
            next += 16;
            IDS.put(o, id);
        }
        return id;
    }
}

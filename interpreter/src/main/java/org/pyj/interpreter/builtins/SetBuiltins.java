package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSet;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/** set and frozenset. */
public final class SetBuiltins {
    private SetBuiltins() {
    }

    public static void install(PyjContext context) {
        for (PyType t : new PyType[]{BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            context.setConstructor(t, JavaBuiltin.function(t.getName(), "cls, iterable=?, /", (loc, a) -> {
                PSet s = new PSet((PyType) a[0]);
                if (given(a[1])) {
                    update(loc, s, a[1]);
                }
                return s;
            }));
            if (t == BuiltinTypes.SET) {
                // A subclass's instance is allocated empty and filled here, as set_init does.
                context.defineMethods(t, List.of(method(t, "__init__", "self, iterable=?, /", (loc, a) -> {
                    PSet self = (PSet) a[0];
                    self.clear();
                    if (given(a[1])) {
                        update(loc, self, a[1]);
                    }
                    return org.pyj.interpreter.runtime.PNone.NONE;
                })));
            }
            context.defineMethods(t, List.of(
                    method(t, "union", "self, *others", (loc, a) -> combine(loc, a, 0)),
                    method(t, "intersection", "self, *others", (loc, a) -> combine(loc, a, 1)),
                    method(t, "difference", "self, *others", (loc, a) -> combine(loc, a, 2)),
                    method(t, "symmetric_difference", "self, other, /", (loc, a) -> apply(loc, (PSet) a[0], asSet(loc, a[1]), 3)),
                    method(t, "issubset", "self, other, /", (loc, a) -> Containers.isSubset((PSet) a[0], asSet(loc, a[1]))),
                    method(t, "issuperset", "self, other, /", (loc, a) -> Containers.isSubset(asSet(loc, a[1]), (PSet) a[0])),
                    method(t, "isdisjoint", "self, other, /", (loc, a) -> {
                        PSet self = (PSet) a[0];
                        for (Object o : Containers.toArray(loc, a[1])) {
                            if (self.contains(o)) {
                                return false;
                            }
                        }
                        return true;
                    }),
                    method(t, "copy", "self", (loc, a) -> copy((PSet) a[0], ((PSet) a[0]).getPythonType())),
                    method(t, "__contains__", "self, key", (loc, a) -> ((PSet) a[0]).contains(a[1])),
                    method(t, "__len__", "self", (loc, a) -> (long) ((PSet) a[0]).size()),
                    method(t, "__repr__", "self", (loc, a) -> PyStr.fromJava(Containers.repr(loc, a[0])))));
        }
        PyType s = BuiltinTypes.SET;
        context.defineMethods(s, List.of(
                method(s, "add", "self, object, /", (loc, a) -> {
                    ((PSet) a[0]).add(a[1]);
                    return PNone.NONE;
                }),
                method(s, "discard", "self, object, /", (loc, a) -> {
                    ((PSet) a[0]).remove(a[1]);
                    return PNone.NONE;
                }),
                method(s, "remove", "self, object, /", (loc, a) -> {
                    if (!((PSet) a[0]).remove(a[1])) {
                        throw PythonErrors.raiseWithArgs(loc, BuiltinTypes.KEY_ERROR, a[1]);
                    }
                    return PNone.NONE;
                }),
                method(s, "pop", "self", (loc, a) -> {
                    Object o = ((PSet) a[0]).pop();
                    if (o == null) {
                        throw PythonErrors.raise(loc, BuiltinTypes.KEY_ERROR, "pop from an empty set");
                    }
                    return o;
                }),
                method(s, "clear", "self", (loc, a) -> {
                    ((PSet) a[0]).clear();
                    return PNone.NONE;
                }),
                method(s, "update", "self, *others", (loc, a) -> {
                    PSet self = (PSet) a[0];
                    for (Object other : ((PTuple) a[1]).getItems()) {
                        update(loc, self, other);
                    }
                    return PNone.NONE;
                }),
                method(s, "intersection_update", "self, *others", (loc, a) -> replace((PSet) a[0], combine(loc, a, 1))),
                method(s, "difference_update", "self, *others", (loc, a) -> {
                    for (Object other : ((PTuple) a[1]).getItems()) {
                        differenceUpdate(loc, (PSet) a[0], asSet(loc, other));
                    }
                    return PNone.NONE;
                }),
                method(s, "symmetric_difference_update", "self, other, /", (loc, a) -> {
                    symmetricDifferenceUpdate(loc, (PSet) a[0], asSet(loc, a[1]));
                    return PNone.NONE;
                })));
    }

    private static Object replace(PSet self, PSet result) {
        self.takeTable(result);
        return PNone.NONE;
    }

    /** A set of the iterable's items (set_update_internal on a new set). */
    public static PSet asSet(Node loc, Object o) {
        if (o instanceof PSet s) {
            return s;
        }
        PSet s = new PSet(BuiltinTypes.SET);
        update(loc, s, o);
        return s;
    }

    /** set_update_internal: a set merges its table, a dict reserves room first, others add one by one. */
    public static void update(Node loc, PSet self, Object other) {
        if (other instanceof PSet s) {
            self.merge(loc, s);
            return;
        }
        if (other instanceof org.pyj.interpreter.runtime.PDict d && d.getPythonType().isBuiltin()) {
            self.reserve(d.size());
        }
        for (Object o : Containers.toArray(loc, other)) {
            self.add(loc, o);
        }
    }

    static PSet copy(PSet s, PyType type) {
        PSet r = new PSet(type.isBuiltin() ? type : type.getBase());
        r.merge(null, s);
        return r;
    }

    /** 0 union, 1 intersection, 2 difference, 3 symmetric difference of self with each of the others. */
    private static PSet combine(Node loc, Object[] a, int op) {
        PSet self = (PSet) a[0];
        Object[] others = ((PTuple) a[1]).getItems();
        if (others.length == 0) {
            return copy(self, self.getPythonType());
        }
        PSet result = self;
        for (Object other : others) {
            result = op == 1 && !(other instanceof PSet) ? intersectIterable(loc, result, other)
                    : apply(loc, result, asSet(loc, other), op);
        }
        return result;
    }

    private static PyType resultType(PSet s) {
        return s.getPythonType().isBuiltin() ? s.getPythonType() : s.getPythonType().getBase();
    }

    /** set_intersection with a non-set iterable: its items in order, stopping when all of self was found. */
    private static PSet intersectIterable(Node loc, PSet self, Object other) {
        PSet r = new PSet(resultType(self));
        for (Object o : Containers.toArray(loc, other)) {
            long h = ObjectProtocol.hash(loc, o);
            if (self.containsEntry(loc, o, h)) {
                r.addEntry(loc, o, h);
                if (r.size() >= self.size()) {
                    break;
                }
            }
        }
        return r;
    }

    /** The set operators and methods share this: a new set of a's type, built as setobject.c builds it. */
    public static PSet apply(Node loc, PSet a, PSet b, int op) {
        switch (op) {
            case 0 -> {
                PSet r = copy(a, a.getPythonType());
                r.merge(loc, b);
                return r;
            }
            case 1 -> {
                PSet r = new PSet(resultType(a));
                if (a == b) {
                    r.merge(loc, a);
                    return r;
                }
                PSet big = a;
                PSet small = b;
                if (b.size() > a.size()) {
                    big = b;
                    small = a;
                }
                Object[] keys = small.toArray();
                long[] hashes = small.hashArray();
                for (int i = 0; i < keys.length; i++) {
                    if (big.containsEntry(loc, keys[i], hashes[i])) {
                        r.addEntry(loc, keys[i], hashes[i]);
                    }
                }
                return r;
            }
            case 2 -> {
                if ((a.size() >> 2) > b.size()) {
                    PSet r = copy(a, a.getPythonType());
                    Object[] keys = b.toArray();
                    long[] hashes = b.hashArray();
                    for (int i = 0; i < keys.length; i++) {
                        r.discardEntry(loc, keys[i], hashes[i]);
                    }
                    return r;
                }
                PSet r = new PSet(resultType(a));
                Object[] keys = a.toArray();
                long[] hashes = a.hashArray();
                for (int i = 0; i < keys.length; i++) {
                    if (!b.containsEntry(loc, keys[i], hashes[i])) {
                        r.addEntry(loc, keys[i], hashes[i]);
                    }
                }
                return r;
            }
            default -> {
                PSet r = new PSet(resultType(a));
                r.merge(loc, b);
                symmetricDifferenceUpdate(loc, r, a);
                return r;
            }
        }
    }

    /** set_symmetric_difference_update: each member of other is removed if present, else added. */
    public static void symmetricDifferenceUpdate(Node loc, PSet self, PSet other) {
        Object[] keys = other.toArray();
        long[] hashes = other.hashArray();
        for (int i = 0; i < keys.length; i++) {
            if (!self.discardEntry(loc, keys[i], hashes[i])) {
                self.addEntry(loc, keys[i], hashes[i]);
            }
        }
    }

    /** set_difference_update with a set: discards its members in place. */
    public static void differenceUpdate(Node loc, PSet self, PSet other) {
        Object[] keys = other.toArray();
        long[] hashes = other.hashArray();
        for (int i = 0; i < keys.length; i++) {
            self.discardEntry(loc, keys[i], hashes[i]);
        }
    }

    static boolean truth(Node loc, Object o) {
        return ObjectProtocol.isTrue(loc, o);
    }
}

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
                    for (Object o : Containers.toArray(loc, a[1])) {
                        s.add(o);
                    }
                }
                return s;
            }));
            context.defineMethods(t, List.of(
                    method(t, "union", "self, *others", (loc, a) -> combine(loc, a, 0)),
                    method(t, "intersection", "self, *others", (loc, a) -> combine(loc, a, 1)),
                    method(t, "difference", "self, *others", (loc, a) -> combine(loc, a, 2)),
                    method(t, "symmetric_difference", "self, other, /", (loc, a) -> combine(loc, new Object[]{a[0], new PTuple(new Object[]{a[1]})}, 3)),
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
                        for (Object o : Containers.toArray(loc, other)) {
                            self.add(o);
                        }
                    }
                    return PNone.NONE;
                }),
                method(s, "intersection_update", "self, *others", (loc, a) -> replace((PSet) a[0], combine(loc, a, 1))),
                method(s, "difference_update", "self, *others", (loc, a) -> replace((PSet) a[0], combine(loc, a, 2))),
                method(s, "symmetric_difference_update", "self, other, /", (loc, a) -> replace((PSet) a[0],
                        combine(loc, new Object[]{a[0], new PTuple(new Object[]{a[1]})}, 3)))));
    }

    private static Object replace(PSet self, PSet result) {
        self.clear();
        for (Object o : result.toArray()) {
            self.add(o);
        }
        return PNone.NONE;
    }

    static PSet asSet(Node loc, Object o) {
        if (o instanceof PSet s) {
            return s;
        }
        PSet s = new PSet(BuiltinTypes.SET);
        for (Object x : Containers.toArray(loc, o)) {
            s.add(x);
        }
        return s;
    }

    static PSet copy(PSet s, PyType type) {
        PSet r = new PSet(type.isBuiltin() ? type : type.getBase());
        for (Object o : s.toArray()) {
            r.add(o);
        }
        return r;
    }

    /** 0 union, 1 intersection, 2 difference, 3 symmetric difference of self with each of the others. */
    private static PSet combine(Node loc, Object[] a, int op) {
        PSet self = (PSet) a[0];
        PSet result = copy(self, self.getPythonType());
        for (Object other : ((PTuple) a[1]).getItems()) {
            result = apply(loc, result, asSet(loc, other), op);
        }
        return result;
    }

    /** The set operators and methods share this: a new set of a's type. */
    public static PSet apply(Node loc, PSet a, PSet b, int op) {
        PSet r = new PSet(a.getPythonType().isBuiltin() ? a.getPythonType() : a.getPythonType().getBase());
        switch (op) {
            case 0 -> {
                for (Object o : a.toArray()) {
                    r.add(o);
                }
                for (Object o : b.toArray()) {
                    r.add(o);
                }
            }
            case 1 -> {
                for (Object o : a.toArray()) {
                    if (b.contains(o)) {
                        r.add(o);
                    }
                }
            }
            case 2 -> {
                for (Object o : a.toArray()) {
                    if (!b.contains(o)) {
                        r.add(o);
                    }
                }
            }
            default -> {
                for (Object o : a.toArray()) {
                    if (!b.contains(o)) {
                        r.add(o);
                    }
                }
                for (Object o : b.toArray()) {
                    if (!a.contains(o)) {
                        r.add(o);
                    }
                }
            }
        }
        return r;
    }

    static boolean truth(Node loc, Object o) {
        return ObjectProtocol.isTrue(loc, o);
    }
}

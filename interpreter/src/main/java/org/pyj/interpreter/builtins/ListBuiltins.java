package org.pyj.interpreter.builtins;

import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/** The list type: its constructor and methods, and the tuple methods. */
public final class ListBuiltins {
    private ListBuiltins() {
    }

    public static void install(PyjContext context) {
        PyType l = BuiltinTypes.LIST;
        context.setConstructor(l, JavaBuiltin.function("list", "cls, iterable=?, /", (loc, a) -> {
            PList list = new PList((PyType) a[0]);
            if (given(a[1]) && a[0] == BuiltinTypes.LIST) {
                Object[] items = Containers.toArray(loc, a[1]);
                list.setItems(items, items.length);
            }
            return list;
        }));
        context.defineMethods(l, List.of(
                method(l, "__init__", "self, iterable=?, /", (loc, a) -> {
                    PList self = (PList) a[0];
                    self.clear();
                    if (given(a[1])) {
                        Object[] items = Containers.toArray(loc, a[1]);
                        self.setItems(items, items.length);
                    }
                    return PNone.NONE;
                }),
                new BuiltinSpec("append", new org.pyj.interpreter.runtime.Signature("list.append",
                        new String[]{"self", "object"}, 2, 2, 0, false, false), new Object[0], null, AppendNode::new),
                method(l, "extend", "self, iterable", (loc, a) -> {
                    PList self = (PList) a[0];
                    for (Object o : Containers.toArray(loc, a[1])) {
                        self.append(o);
                    }
                    return PNone.NONE;
                }),
                method(l, "insert", "self, index, object", (loc, a) -> {
                    PList self = (PList) a[0];
                    long i = PyObjectItems.asIndex(loc, a[1]);
                    int n = self.size();
                    if (i < 0) {
                        i = Math.max(0, i + n);
                    }
                    self.insert((int) Math.min(i, n), a[2]);
                    return PNone.NONE;
                }),
                method(l, "pop", "self, index=?", (loc, a) -> {
                    PList self = (PList) a[0];
                    if (self.size() == 0) {
                        throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "pop from empty list");
                    }
                    long i = given(a[1]) ? PyObjectItems.asIndex(loc, a[1]) : -1;
                    if (i < 0) {
                        i += self.size();
                    }
                    if (i < 0 || i >= self.size()) {
                        throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "pop index out of range");
                    }
                    return self.remove((int) i);
                }),
                method(l, "remove", "self, value", (loc, a) -> {
                    PList self = (PList) a[0];
                    for (int i = 0; i < self.size(); i++) {
                        if (ObjectProtocol.itemEquals(loc, self.get(i), a[1])) {
                            self.remove(i);
                            return PNone.NONE;
                        }
                    }
                    throw PythonErrors.valueError(loc, "list.remove(x): x not in list");
                }),
                method(l, "index", "self, value, start=?, stop=?", (loc, a) -> {
                    PList self = (PList) a[0];
                    int[] range = range(loc, self.size(), a[2], a[3]);
                    for (int i = range[0]; i < Math.min(range[1], self.size()); i++) {
                        if (ObjectProtocol.itemEquals(loc, self.get(i), a[1])) {
                            return i;
                        }
                    }
                    throw PythonErrors.valueError(loc, "%s is not in list", org.pyj.interpreter.runtime.PyStr.toJava(ObjectProtocol.repr(loc, a[1])));
                }),
                method(l, "count", "self, value", (loc, a) -> {
                    PList self = (PList) a[0];
                    long n = 0;
                    for (int i = 0; i < self.size(); i++) {
                        if (ObjectProtocol.itemEquals(loc, self.get(i), a[1])) {
                            n++;
                        }
                    }
                    return n;
                }),
                method(l, "reverse", "self", (loc, a) -> {
                    PList self = (PList) a[0];
                    Object[] items = self.toArray();
                    for (int i = 0; i < items.length; i++) {
                        self.set(i, items[items.length - 1 - i]);
                    }
                    return PNone.NONE;
                }),
                method(l, "clear", "self", (loc, a) -> {
                    ((PList) a[0]).clear();
                    return PNone.NONE;
                }),
                method(l, "copy", "self", (loc, a) -> new PList(((PList) a[0]).toArray())),
                method(l, "sort", "self, *, key=?, reverse=?", (loc, a) -> {
                    sort(loc, (PList) a[0], given(a[1]) ? a[1] : PNone.NONE, given(a[2]) && ObjectProtocol.isTrue(loc, a[2]));
                    return PNone.NONE;
                }),
                method(l, "__len__", "self", (loc, a) -> (long) ((PList) a[0]).size()),
                method(l, "__getitem__", "self, index", (loc, a) -> PyObjectItems.builtinGetItem(loc, a[0], a[1])),
                method(l, "__setitem__", "self, index, value", (loc, a) -> {
                    PyObjectItems.builtinSetItem(loc, a[0], a[1], a[2]);
                    return PNone.NONE;
                }),
                method(l, "__contains__", "self, value", (loc, a) -> Containers.builtinContains(loc, a[0], a[1])),
                method(l, "__iter__", "self", (loc, a) -> Containers.builtinGetIter(loc, a[0])),
                method(l, "__repr__", "self", (loc, a) -> org.pyj.interpreter.runtime.PyStr.fromJava(Containers.repr(loc, a[0])))));
        PyType t = BuiltinTypes.TUPLE;
        context.defineMethods(t, List.of(
                method(t, "index", "self, value, start=?, stop=?", (loc, a) -> {
                    PTuple self = (PTuple) a[0];
                    int[] range = range(loc, self.size(), a[2], a[3]);
                    for (int i = range[0]; i < Math.min(range[1], self.size()); i++) {
                        if (ObjectProtocol.itemEquals(loc, self.get(i), a[1])) {
                            return i;
                        }
                    }
                    throw PythonErrors.valueError(loc, "tuple.index(x): x not in tuple");
                }),
                method(t, "count", "self, value", (loc, a) -> {
                    long n = 0;
                    for (Object o : ((PTuple) a[0]).getItems()) {
                        if (ObjectProtocol.itemEquals(loc, o, a[1])) {
                            n++;
                        }
                    }
                    return n;
                })));
    }

    /** {@code list.append}: hot in loops, so a node the compiler sees through (no boundary). */
    static final class AppendNode extends PythonBuiltinNode {
        @Override
        public Object call(com.oracle.truffle.api.frame.VirtualFrame frame) {
            Object self = arg(frame, 0);
            if (!(self instanceof PList list)) {
                throw PythonErrors.typeError(this, "descriptor 'append' for 'list' objects doesn't apply to a '%s' object",
                        PythonTypeOf.typeName(self));
            }
            list.append(arg(frame, 1));
            return PNone.NONE;
        }
    }

    private static int[] range(Node loc, int size, Object start, Object stop) {
        long s = given(start) ? PyObjectItems.asIndex(loc, start) : 0;
        long e = given(stop) ? PyObjectItems.asIndex(loc, stop) : size;
        if (s < 0) {
            s = Math.max(0, s + size);
        }
        if (e < 0) {
            e = Math.max(0, e + size);
        }
        return new int[]{(int) Math.min(s, size), (int) Math.min(e, size)};
    }

    /**
     * list.sort: stable; keys computed first; a comparison error propagates; the list reads as
     * empty while sorting and a change made meanwhile is a ValueError, as in CPython.
     */
    public static void sort(Node loc, PList list, Object key, boolean reverse) {
        Object[] items = list.toArray();
        list.setItems(new Object[0], 0);
        try {
            Object[] keys = items;
            if (key != PNone.NONE) {
                keys = new Object[items.length];
                for (int i = 0; i < items.length; i++) {
                    keys[i] = ObjectProtocol.call(loc, key, items[i]);
                }
            }
            Integer[] order = new Integer[items.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            final Object[] k = keys;
            if (reverse) {
                // Reversing, sorting stably, reversing back keeps equal items in their original order.
                for (int i = 0, j = order.length - 1; i < j; i++, j--) {
                    Integer tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
            }
            Arrays.sort(order, (x, y) -> {
                if (ObjectProtocol.compareBool(loc, k[x], k[y], CompareOp.LT)) {
                    return -1;
                }
                return ObjectProtocol.compareBool(loc, k[y], k[x], CompareOp.LT) ? 1 : 0;
            });
            if (reverse) {
                for (int i = 0, j = order.length - 1; i < j; i++, j--) {
                    Integer tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
            }
            Object[] sorted = new Object[items.length];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = items[order[i]];
            }
            items = sorted;
        } catch (IllegalArgumentException e) {
            // TimSort's "Comparison method violates its general contract": CPython just returns some order.
        } finally {
            boolean modified = list.size() != 0;
            list.setItems(items, items.length);
            if (modified) {
                throw PythonErrors.valueError(loc, "list modified during sort");
            }
        }
    }

    static String typeName(Object o) {
        return PythonTypeOf.typeName(o);
    }

    static boolean isStop(PException e) {
        return e.getPythonException().getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION);
    }
}

package org.pyj.interpreter.builtins;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSlice;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;

/** sorted, reversed, enumerate, zip, map, filter and slice: lazy iterators over Python iteration. */
public final class IterationBuiltins {
    private IterationBuiltins() {
    }

    public static List<BuiltinSpec> functions() {
        return List.of(JavaBuiltin.function("sorted", "*args, key=?, reverse=?", (loc, a) -> {
            Object[] args = ((PTuple) a[0]).getItems();
            if (args.length != 1) {
                // sorted unpacks its positional arguments itself (_PyArg_UnpackStack).
                throw PythonErrors.typeError(loc, "sorted expected 1 argument, got %d", args.length);
            }
            PList list = new PList(Containers.toArray(loc, args[0]));
            ListBuiltins.sort(loc, list, given(a[1]) ? a[1] : PNone.NONE, given(a[2]) && ObjectProtocol.isTrue(loc, a[2]));
            return list;
        }));
    }

    public static void install(PyjContext context) {
        context.setConstructor(BuiltinTypes.ENUMERATE, JavaBuiltin.function("enumerate", "cls, /, iterable, start=?", (loc, a) -> {
            Object it = Containers.getIter(loc, a[1]);
            long start = given(a[2]) ? PyObjectItems.asIndex(loc, a[2]) : 0;
            return lazy(BuiltinTypes.ENUMERATE, new Iterator<>() {
                long i = start;
                Object pending;

                @Override
                public boolean hasNext() {
                    if (pending == null) {
                        pending = Containers.next(loc, it);
                    }
                    return pending != null;
                }

                @Override
                public Object next() {
                    hasNext();
                    Object v = pending;
                    pending = null;
                    return new PTuple(new Object[]{i++, v});
                }
            });
        }));
        context.setConstructor(BuiltinTypes.ZIP, JavaBuiltin.function("zip", "cls, *iterables, strict=?", (loc, a) -> {
            Object[] sources = ((PTuple) a[1]).getItems();
            boolean strict = given(a[2]) && ObjectProtocol.isTrue(loc, a[2]);
            Object[] its = new Object[sources.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Containers.getIter(loc, sources[i]);
            }
            return lazy(BuiltinTypes.ZIP, new Iterator<>() {
                Object[] pending;
                boolean done = its.length == 0;

                @Override
                public boolean hasNext() {
                    if (pending != null) {
                        return true;
                    }
                    if (done) {
                        return false;
                    }
                    Object[] row = new Object[its.length];
                    for (int i = 0; i < its.length; i++) {
                        Object v = Containers.next(loc, its[i]);
                        if (v == null) {
                            done = true;
                            if (strict) {
                                if (i > 0) {
                                    throw PythonErrors.valueError(loc, "zip() argument %d is shorter than argument%s%s", i + 1,
                                            i == 1 ? " " : "s 1-", i == 1 ? "1" : String.valueOf(i));
                                }
                                for (int j = 1; j < its.length; j++) {
                                    if (Containers.next(loc, its[j]) != null) {
                                        throw PythonErrors.valueError(loc, "zip() argument %d is longer than argument%s%s", j + 1,
                                                j == 1 ? " " : "s 1-", j == 1 ? "1" : String.valueOf(j));
                                    }
                                }
                            }
                            return false;
                        }
                        row[i] = v;
                    }
                    pending = row;
                    return true;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object[] row = pending;
                    pending = null;
                    return new PTuple(row);
                }
            });
        }));
        context.setConstructor(BuiltinTypes.MAP, JavaBuiltin.function("map", "cls, func, *iterables", (loc, a) -> {
            Object[] sources = ((PTuple) a[2]).getItems();
            if (sources.length == 0) {
                throw PythonErrors.typeError(loc, "map() must have at least two arguments.");
            }
            Object[] its = new Object[sources.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Containers.getIter(loc, sources[i]);
            }
            Object func = a[1];
            return lazy(BuiltinTypes.MAP, new Iterator<>() {
                Object pending;
                boolean done;

                @Override
                public boolean hasNext() {
                    if (pending != null) {
                        return true;
                    }
                    if (done) {
                        return false;
                    }
                    Object[] args = new Object[its.length];
                    for (int i = 0; i < its.length; i++) {
                        args[i] = Containers.next(loc, its[i]);
                        if (args[i] == null) {
                            done = true;
                            return false;
                        }
                    }
                    pending = ObjectProtocol.call(loc, func, args);
                    return true;
                }

                @Override
                public Object next() {
                    hasNext();
                    Object v = pending;
                    pending = null;
                    return v;
                }
            });
        }));
        context.setConstructor(BuiltinTypes.FILTER, JavaBuiltin.function("filter", "cls, function, iterable, /", (loc, a) -> {
            Object it = Containers.getIter(loc, a[2]);
            Object func = a[1];
            return lazy(BuiltinTypes.FILTER, new Iterator<>() {
                Object pending;

                @Override
                public boolean hasNext() {
                    while (pending == null) {
                        Object v = Containers.next(loc, it);
                        if (v == null) {
                            return false;
                        }
                        boolean keep = func == PNone.NONE ? ObjectProtocol.isTrue(loc, v)
                                : ObjectProtocol.isTrue(loc, ObjectProtocol.call(loc, func, v));
                        if (keep) {
                            pending = v;
                        }
                    }
                    return true;
                }

                @Override
                public Object next() {
                    hasNext();
                    Object v = pending;
                    pending = null;
                    return v;
                }
            });
        }));
        context.setConstructor(BuiltinTypes.REVERSED, JavaBuiltin.function("reversed", "cls, sequence, /", (loc, a) -> {
            Object seq = a[1];
            if (ObjectProtocol.isUserObject(seq)) {
                Object rev = ObjectProtocol.lookupSpecial(seq, "__reversed__");
                // A builtin base's own __reversed__ (list, dict) is this very function: use the builtin path.
                if (rev != null && ObjectProtocol.typeOf(seq).lookupOwner("__reversed__").dispatchesByName()) {
                    return ObjectProtocol.callSpecial(loc, rev, seq);
                }
            }
            Object[] items;
            PyType type = BuiltinTypes.REVERSED;
            if (seq instanceof PList l) {
                items = l.toArray();
                type = BuiltinTypes.LIST_REVERSE_ITERATOR;
            } else if (seq instanceof PDict d) {
                items = d.keysArray();
            } else if (seq instanceof org.pyj.interpreter.runtime.PRange) {
                long n = ObjectProtocol.size(loc, seq);
                items = new Object[(int) n];
                for (int i = 0; i < n; i++) {
                    items[i] = PyObjectItems.getItem(loc, seq, i);
                }
                type = BuiltinTypes.RANGE_ITERATOR;
            } else if (seq instanceof PTuple || seq instanceof com.oracle.truffle.api.strings.TruffleString
                    || seq instanceof org.pyj.interpreter.runtime.PRange
                    || ObjectProtocol.isUserObject(seq) && ObjectProtocol.lookupSpecial(seq, "__getitem__") != null
                            && ObjectProtocol.lookupSpecial(seq, "__len__") != null) {
                long n = ObjectProtocol.size(loc, seq);
                items = new Object[(int) n];
                for (int i = 0; i < n; i++) {
                    items[i] = PyObjectItems.getItem(loc, seq, i);
                }
            } else {
                throw PythonErrors.typeError(loc, "'%s' object is not reversible", PythonTypeOf.typeName(seq));
            }
            Object[] all = items;
            return lazy(type, new Iterator<>() {
                int i = all.length - 1;

                @Override
                public boolean hasNext() {
                    return i >= 0;
                }

                @Override
                public Object next() {
                    return all[i--];
                }
            });
        }));
        context.setConstructor(BuiltinTypes.SLICE, JavaBuiltin.function("slice", "cls, start, stop=?, step=?, /", (loc, a) -> {
            if (!given(a[2])) {
                return new PSlice(PNone.NONE, a[1], PNone.NONE);
            }
            return new PSlice(a[1], a[2], given(a[3]) ? a[3] : PNone.NONE);
        }));
    }

    /** Methods of range and slice. */
    public static void installSequenceMethods(PyjContext context) {
        IntBuiltins.install(context);
        PyType r = BuiltinTypes.RANGE;
        context.defineMethods(r, List.of(
                JavaBuiltin.method(r, "__len__", "self", (loc, a) -> ObjectProtocol.size(loc, a[0])),
                JavaBuiltin.method(r, "__bool__", "self", (loc, a) -> ObjectProtocol.isTrue(loc, a[0])),
                JavaBuiltin.method(r, "__getitem__", "self, key, /", (loc, a) -> org.pyj.interpreter.lib.PyObjectItems.builtinGetItem(loc, a[0], a[1])),
                JavaBuiltin.method(r, "__contains__", "self, key, /", (loc, a) -> Containers.builtinContains(loc, a[0], a[1])),
                JavaBuiltin.method(r, "__iter__", "self", (loc, a) -> Containers.builtinGetIter(loc, a[0])),
                JavaBuiltin.method(r, "__reversed__", "self", (loc, a) -> ObjectProtocol.call(loc,
                        ObjectProtocol.getAttr(loc, PyjContext.get(loc).getBuiltins(), "reversed"), a[0]))));
        context.defineMethods(r, List.of(
                JavaBuiltin.method(r, "index", "self, value, /", (loc, a) -> {
                    if (a[0] instanceof org.pyj.interpreter.runtime.PRange range && org.pyj.interpreter.lib.BuiltinArithmetic.isInt(a[1])
                            && Containers.contains(loc, range, a[1])) {
                        long v = ((Number) (a[1] instanceof Boolean b ? (b ? 1 : 0) : a[1])).longValue();
                        return (v - range.getStart()) / range.getStep();
                    }
                    long i = 0;
                    Object it = Containers.getIter(loc, a[0]);
                    for (Object x = Containers.next(loc, it); x != null; x = Containers.next(loc, it), i++) {
                        if (ObjectProtocol.itemEquals(loc, x, a[1])) {
                            return i;
                        }
                    }
                    throw PythonErrors.valueError(loc, "%s is not in range",
                            org.pyj.interpreter.runtime.PyStr.toJava(ObjectProtocol.repr(loc, a[1])));
                }),
                JavaBuiltin.method(r, "count", "self, value, /", (loc, a) -> {
                    if (org.pyj.interpreter.lib.BuiltinArithmetic.isInt(a[1])) {
                        return Containers.contains(loc, a[0], a[1]) ? 1L : 0L;
                    }
                    long n = 0;
                    Object it = Containers.getIter(loc, a[0]);
                    for (Object x = Containers.next(loc, it); x != null; x = Containers.next(loc, it)) {
                        if (ObjectProtocol.itemEquals(loc, x, a[1])) {
                            n++;
                        }
                    }
                    return n;
                })));
        PyType s = BuiltinTypes.SLICE;
        context.defineMethods(s, List.of(JavaBuiltin.method(s, "indices", "self, length, /", (loc, a) -> {
            long length = PyObjectItems.asIndex(loc, a[1]);
            if (length < 0) {
                throw PythonErrors.valueError(loc, "length should not be negative");
            }
            PSlice.Bounds b = PyObjectItems.bounds(loc, (PSlice) a[0], (int) Math.min(length, Integer.MAX_VALUE));
            return new PTuple(new Object[]{(long) b.start(), (long) b.stop(), (long) b.step()});
        })));
    }

    private static PIterator lazy(PyType type, Iterator<Object> it) {
        return new PIterator.JavaIterator(it, type, null, null);
    }

    static Object notNull(Node loc, Object o) {
        return o == null ? PNone.NONE : o;
    }
}

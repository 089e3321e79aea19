package org.pyj.interpreter.builtins;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDeque;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The {@code _collections} module: {@code deque} (a circular buffer, {@link PDeque}) and
 * {@code defaultdict} (a dict whose {@code __missing__} calls its default_factory), both
 * derivable, with CPython's reprs and error messages. collections.py takes them from here.
 */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("_collections");
        PyjContext.put(module, "__name__", PyStr.fromJava("_collections"));
        installDeque(context);
        installDefaultDict(context);
        PyjContext.put(module, "deque", BuiltinTypes.DEQUE);
        PyjContext.put(module, "defaultdict", BuiltinTypes.DEFAULTDICT);
        return module;
    }

    private static PDeque self(Object o) {
        return (PDeque) o;
    }

    private static void installDeque(PyjContext context) {
        PyType t = BuiltinTypes.DEQUE;
        context.setConstructor(t, JavaBuiltin.function("deque", "cls, /, iterable=?, maxlen=None", (loc, a) -> {
            PDeque d = new PDeque((PyType) a[0]);
            init(loc, d, a[1], a[2]);
            return d;
        }));
        context.defineMethods(t, List.of(
                method(t, "__init__", "self, /, iterable=?, maxlen=None", (loc, a) -> {
                    init(loc, self(a[0]), a[1], a[2]);
                    return PNone.NONE;
                }),
                method(t, "append", "self, x, /", (loc, a) -> {
                    self(a[0]).append(a[1]);
                    return PNone.NONE;
                }),
                method(t, "appendleft", "self, x, /", (loc, a) -> {
                    self(a[0]).appendLeft(a[1]);
                    return PNone.NONE;
                }),
                method(t, "pop", "self", (loc, a) -> nonEmpty(loc, self(a[0]).pop())),
                method(t, "popleft", "self", (loc, a) -> nonEmpty(loc, self(a[0]).popLeft())),
                method(t, "extend", "self, iterable, /", (loc, a) -> {
                    for (Object o : Containers.toArray(loc, a[1])) {
                        self(a[0]).append(o);
                    }
                    return PNone.NONE;
                }),
                method(t, "extendleft", "self, iterable, /", (loc, a) -> {
                    for (Object o : Containers.toArray(loc, a[1])) {
                        self(a[0]).appendLeft(o);
                    }
                    return PNone.NONE;
                }),
                method(t, "clear", "self", (loc, a) -> {
                    self(a[0]).clear();
                    return PNone.NONE;
                }),
                method(t, "copy", "self", (loc, a) -> copy(self(a[0]))),
                method(t, "__copy__", "self", (loc, a) -> copy(self(a[0]))),
                method(t, "count", "self, value, /", (loc, a) -> {
                    long n = 0;
                    for (Object o : self(a[0]).toArray()) {
                        if (ObjectProtocol.itemEquals(loc, o, a[1])) {
                            n++;
                        }
                    }
                    return n;
                }),
                method(t, "index", "self, value, start=0, stop=9223372036854775807, /", (loc, a) -> {
                    Object[] items = self(a[0]).toArray();
                    long start = clamp(PyObjectItems.asIndex(loc, a[2]), items.length);
                    long stop = clamp(PyObjectItems.asIndex(loc, a[3]), items.length);
                    for (long i = start; i < stop; i++) {
                        if (ObjectProtocol.itemEquals(loc, items[(int) i], a[1])) {
                            return i;
                        }
                    }
                    throw PythonErrors.valueError(loc, "%s is not in deque", PyStr.toJava(ObjectProtocol.repr(loc, a[1])));
                }),
                method(t, "insert", "self, index, value, /", (loc, a) -> {
                    PDeque d = self(a[0]);
                    if (d.getMaxlen() >= 0 && d.size() >= d.getMaxlen()) {
                        throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "deque already at its maximum size");
                    }
                    List<Object> items = new ArrayList<>(List.of(d.toArray()));
                    long i = PyObjectItems.asIndex(loc, a[1]);
                    int at = (int) (i < 0 ? Math.max(0, items.size() + i) : Math.min(i, items.size()));
                    items.add(at, a[2]);
                    d.setAll(items.toArray());
                    return PNone.NONE;
                }),
                method(t, "remove", "self, value, /", (loc, a) -> {
                    PDeque d = self(a[0]);
                    List<Object> items = new ArrayList<>(List.of(d.toArray()));
                    for (int i = 0; i < items.size(); i++) {
                        if (ObjectProtocol.itemEquals(loc, items.get(i), a[1])) {
                            items.remove(i);
                            d.setAll(items.toArray());
                            return PNone.NONE;
                        }
                    }
                    throw PythonErrors.valueError(loc, "%s is not in deque", PyStr.toJava(ObjectProtocol.repr(loc, a[1])));
                }),
                method(t, "reverse", "self", (loc, a) -> {
                    Object[] items = self(a[0]).toArray();
                    java.util.Collections.reverse(java.util.Arrays.asList(items));
                    self(a[0]).setAll(items);
                    return PNone.NONE;
                }),
                method(t, "rotate", "self, n=1, /", (loc, a) -> {
                    PDeque d = self(a[0]);
                    int size = d.size();
                    if (size > 1) {
                        long n = Math.floorMod(PyObjectItems.asIndex(loc, a[1]), (long) size);
                        Object[] items = d.toArray();
                        Object[] rotated = new Object[size];
                        for (int i = 0; i < size; i++) {
                            rotated[(int) ((i + n) % size)] = items[i];
                        }
                        d.setAll(rotated);
                    }
                    return PNone.NONE;
                }),
                method(t, "maxlen", "self", (loc, a) -> self(a[0]).getMaxlen() < 0 ? PNone.NONE : (Object) (long) self(a[0]).getMaxlen()),
                method(t, "__len__", "self", (loc, a) -> (long) self(a[0]).size()),
                method(t, "__bool__", "self", (loc, a) -> self(a[0]).size() != 0),
                method(t, "__getitem__", "self, index, /", (loc, a) -> self(a[0]).get(index(loc, self(a[0]), a[1]))),
                method(t, "__setitem__", "self, index, value, /", (loc, a) -> {
                    self(a[0]).set(index(loc, self(a[0]), a[1]), a[2]);
                    return PNone.NONE;
                }),
                method(t, "__delitem__", "self, index, /", (loc, a) -> {
                    PDeque d = self(a[0]);
                    int i = index(loc, d, a[1]);
                    List<Object> items = new ArrayList<>(List.of(d.toArray()));
                    items.remove(i);
                    d.setAll(items.toArray());
                    return PNone.NONE;
                }),
                method(t, "__contains__", "self, value, /", (loc, a) -> {
                    for (Object o : self(a[0]).toArray()) {
                        if (ObjectProtocol.itemEquals(loc, o, a[1])) {
                            return true;
                        }
                    }
                    return false;
                }),
                method(t, "__iter__", "self", (loc, a) -> iterator(self(a[0]), false)),
                method(t, "__reversed__", "self", (loc, a) -> iterator(self(a[0]), true)),
                method(t, "__repr__", "self", (loc, a) -> PyStr.fromJava(repr(loc, self(a[0])))),
                method(t, "__add__", "self, other, /", (loc, a) -> {
                    if (!(a[1] instanceof PDeque o)) {
                        throw PythonErrors.typeError(loc, "can only concatenate deque (not \"%s\") to deque", PythonTypeOf.typeName(a[1]));
                    }
                    PDeque r = copy(self(a[0]));
                    for (Object x : o.toArray()) {
                        r.append(x);
                    }
                    return r;
                }),
                method(t, "__iadd__", "self, other, /", (loc, a) -> {
                    for (Object x : Containers.toArray(loc, a[1])) {
                        self(a[0]).append(x);
                    }
                    return a[0];
                }),
                method(t, "__mul__", "self, n, /", (loc, a) -> {
                    PDeque d = self(a[0]);
                    PDeque r = new PDeque(d.getPythonType());
                    r.setMaxlen(d.getMaxlen());
                    long n = PyObjectItems.asIndex(loc, a[1]);
                    Object[] items = d.toArray();
                    for (long k = 0; k < n; k++) {
                        for (Object x : items) {
                            r.append(x);
                        }
                    }
                    return r;
                }),
                method(t, "__hash__", "self", (loc, a) -> {
                    throw PythonErrors.typeError(loc, "unhashable type: '%s'", PythonTypeOf.typeName(a[0]));
                })));
        t.define("__hash__", PNone.NONE);
        t.define("maxlen", new org.pyj.interpreter.runtime.PDescriptors.PProperty(BuiltinTypes.PROPERTY, t.getOwn("maxlen"), null, null,
                PNone.NONE));
        for (CompareOp op : CompareOp.values()) {
            context.defineMethods(t, List.of(method(t, op.dunder(), "self, other, /", (loc, a) -> {
                if (!(a[1] instanceof PDeque o)) {
                    return PSingleton.NOT_IMPLEMENTED;
                }
                return ObjectProtocol.richCompare(loc, new org.pyj.interpreter.runtime.PList(self(a[0]).toArray()),
                        new org.pyj.interpreter.runtime.PList(o.toArray()), op);
            })));
        }
        context.defineMethods(t, List.of(JavaBuiltin.function("__class_getitem__", "cls, item, /",
                (loc, a) -> new org.pyj.interpreter.runtime.PGenericAlias((PyType) a[0],
                        a[1] instanceof PTuple tk ? tk : new PTuple(new Object[]{a[1]})))));
        t.define("__class_getitem__", org.pyj.interpreter.runtime.PDescriptors.PClassMethod.ofBuiltin(t, "__class_getitem__"));
    }

    private static void init(Node loc, PDeque d, Object iterable, Object maxlen) {
        if (maxlen != PNone.NONE) {
            long m = PyObjectItems.asIndex(loc, maxlen);
            if (m < 0) {
                throw PythonErrors.valueError(loc, "maxlen must be non-negative");
            }
            d.setMaxlen((int) Math.min(m, Integer.MAX_VALUE));
        }
        d.clear();
        if (given(iterable)) {
            for (Object o : Containers.toArray(loc, iterable)) {
                d.append(o);
            }
        }
    }

    private static Object nonEmpty(Node loc, Object v) {
        if (v == null) {
            throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "pop from an empty deque");
        }
        return v;
    }

    private static long clamp(long i, int size) {
        if (i < 0) {
            i += size;
        }
        return Math.max(0, Math.min(i, size));
    }

    private static int index(Node loc, PDeque d, Object key) {
        long i = PyObjectItems.asIndex(loc, key);
        if (i < 0) {
            i += d.size();
        }
        if (i < 0 || i >= d.size()) {
            throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "deque index out of range");
        }
        return (int) i;
    }

    private static PDeque copy(PDeque d) {
        PDeque r = new PDeque(d.getPythonType());
        r.setMaxlen(d.getMaxlen());
        for (Object x : d.toArray()) {
            r.append(x);
        }
        return r;
    }

    /** A deque's iterator: RuntimeError once the deque changes under it. */
    private static Object iterator(PDeque d, boolean reversed) {
        int changes = d.getChanges();
        Iterator<Object> it = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                if (d.getChanges() != changes) {
                    throw PythonErrors.raise(null, BuiltinTypes.RUNTIME_ERROR, "deque mutated during iteration");
                }
                return i < d.size();
            }

            @Override
            public Object next() {
                int k = i++;
                return d.get(reversed ? d.size() - 1 - k : k);
            }
        };
        return new PIterator.JavaIterator(it, reversed ? BuiltinTypes.DEQUE_REVERSE_ITERATOR : BuiltinTypes.DEQUE_ITERATOR, null, null);
    }

    @TruffleBoundary
    private static String repr(Node loc, PDeque d) {
        StringBuilder sb = new StringBuilder(d.getPythonType().getName()).append("([");
        Object[] items = d.toArray();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyStr.toJava(ObjectProtocol.repr(loc, items[i])));
        }
        sb.append(']');
        if (d.getMaxlen() >= 0) {
            sb.append(", maxlen=").append(d.getMaxlen());
        }
        return sb.append(')').toString();
    }

    private static void installDefaultDict(PyjContext context) {
        PyType t = BuiltinTypes.DEFAULTDICT;
        context.setConstructor(t, JavaBuiltin.function("defaultdict", "cls, /, *args, **kwargs", (loc, a) -> {
            PDict d = new PDict((PyType) a[0]);
            initDefault(loc, d, (PTuple) a[1], (PDict) a[2]);
            return d;
        }));
        context.defineMethods(t, List.of(
                method(t, "__init__", "self, /, *args, **kwargs", (loc, a) -> {
                    initDefault(loc, (PDict) a[0], (PTuple) a[1], (PDict) a[2]);
                    return PNone.NONE;
                }),
                method(t, "__missing__", "self, key, /", (loc, a) -> {
                    Object factory = factory((PDict) a[0]);
                    if (factory == PNone.NONE) {
                        throw PythonErrors.raiseWithArgs(loc, BuiltinTypes.KEY_ERROR, a[1]);
                    }
                    Object v = ObjectProtocol.call(loc, factory);
                    ((PDict) a[0]).setItem(loc, a[1], v);
                    return v;
                }),
                method(t, "__repr__", "self", (loc, a) -> {
                    Object factory = factory((PDict) a[0]);
                    PDict plain = new PDict();
                    plain.putAll((PDict) a[0]);
                    return PyStr.fromJava(((PDict) a[0]).getPythonType().getName() + "("
                            + PyStr.toJava(ObjectProtocol.repr(loc, factory)) + ", " + PyStr.toJava(ObjectProtocol.repr(loc, plain)) + ")");
                }),
                method(t, "copy", "self", (loc, a) -> {
                    PDict r = new PDict(((PDict) a[0]).getPythonType());
                    DynamicObjectLibrary.getUncached().put(r, "default_factory", factory((PDict) a[0]));
                    r.putAll((PDict) a[0]);
                    return r;
                })));
        t.define("__copy__", t.getOwn("copy"));
    }

    private static Object factory(PDict d) {
        return DynamicObjectLibrary.getUncached().getOrDefault(d, "default_factory", PNone.NONE);
    }

    private static void initDefault(Node loc, PDict d, PTuple args, PDict kwargs) {
        Object[] items = args.getItems();
        Object factory = items.length > 0 ? items[0] : PNone.NONE;
        if (factory != PNone.NONE && !ObjectProtocol.isCallable(factory)) {
            throw PythonErrors.typeError(loc, "first argument must be callable or None");
        }
        DynamicObjectLibrary.getUncached().put(d, "default_factory", factory);
        Object[] rest = items.length > 1 ? java.util.Arrays.copyOfRange(items, 1, items.length) : new Object[0];
        DictBuiltins.update(loc, d, new PTuple(rest), kwargs, "defaultdict");
    }
}

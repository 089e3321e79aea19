package org.pyj.interpreter.lib;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBigRange;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PDescriptors.PClassMethod;
import org.pyj.interpreter.runtime.PDescriptors.PProperty;
import org.pyj.interpreter.runtime.PDescriptors.PStaticMethod;
import org.pyj.interpreter.runtime.PDescriptors.PSuper;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PMethod;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PSet;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PSlice;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The slow paths of the container types (list, tuple, dict, set) and of iteration: repr,
 * comparison, sizes, {@code iter}/{@code next} for everything, and materializing iterables.
 */
public final class Containers {
    private Containers() {
    }

    /** Containers being repr'd on this thread: a container met again shows as {@code [...]}. */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    // ------------------------------------------------------------------ repr

    @TruffleBoundary
    public static String repr(Node location, Object o) {
        if (o instanceof PList || o instanceof PDict || o instanceof PSet || o instanceof PTuple) {
            Map<Object, Boolean> active = REPR_ACTIVE.get();
            if (active.containsKey(o)) {
                return o instanceof PList ? "[...]" : o instanceof PDict ? "{...}" : "...";
            }
            active.put(o, Boolean.TRUE);
            try {
                return containerRepr(location, o);
            } finally {
                active.remove(o);
            }
        } else if (o instanceof org.pyj.interpreter.runtime.PDescriptors.PClassMethod c && c.getObjclass() != null
                && c.getFunction() instanceof PBuiltinFunction f) {
            return "<method '" + f.getName() + "' of '" + c.getObjclass().getName() + "' objects>";
        } else if (o instanceof org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor g) {
            return "<" + (g.isMember() ? "member" : "attribute") + " '" + g.getName() + "' of '" + g.getOwner().getName()
                    + "' objects>";
        } else if (o instanceof org.pyj.interpreter.runtime.PDescriptors.PSlotMember s) {
            return "<member '" + s.getName() + "' of '" + s.getOwner().getName() + "' objects>";
        } else if (o instanceof PMethod m) {
            if (m.getFunction() instanceof PBuiltinFunction f) {
                if (f.getObjclass() != null && f.isSlotWrapper()) {
                    return "<method-wrapper '" + f.getName() + "' of " + PythonTypeOf.typeName(m.getSelf()) + " object at "
                            + address(m.getSelf()) + ">";
                }
                return "<built-in method " + f.getName() + " of " + PythonTypeOf.typeName(m.getSelf()) + " object at "
                        + address(m.getSelf()) + ">";
            }
            String name = m.getFunction() instanceof PFunction f ? f.getQualname()
                    : PyStr.toJava(ObjectProtocol.str(location, ObjectProtocol.getAttr(location, m.getFunction(), "__qualname__")));
            return "<bound method " + name + " of " + PyStr.toJava(ObjectProtocol.repr(location, m.getSelf())) + ">";
        } else if (o instanceof PBaseException e) {
            PTuple args = e.getArgs();
            String name = e.getType().getName();
            if (args.size() == 1) {
                return name + "(" + PyStr.toJava(ObjectProtocol.repr(location, args.get(0))) + ")";
            }
            String inner = repr(location, args);
            return name + inner;
        } else if (o instanceof PSlice s) {
            return "slice(" + r(location, s.getStart()) + ", " + r(location, s.getStop()) + ", " + r(location, s.getStep()) + ")";
        } else if (o instanceof PProperty || o instanceof PClassMethod || o instanceof PStaticMethod) {
            return "<" + PythonTypeOf.typeName(o) + " object at " + address(o) + ">";
        } else if (o instanceof DictViews.View v) {
            StringBuilder sb = new StringBuilder(v.getType().getName()).append("([");
            Object it = v.iterator();
            boolean first = true;
            for (Object x = next(location, it); x != null; x = next(location, it)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(r(location, x));
            }
            return sb.append("])").toString();
        } else if (o instanceof org.pyj.interpreter.runtime.PUnionType u) {
            StringBuilder sb = new StringBuilder();
            for (Object m : u.getArgs().getItems()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(m == org.pyj.interpreter.runtime.BuiltinTypes.NONE_TYPE ? "None" : aliasArg(location, m));
            }
            return sb.toString();
        } else if (o instanceof org.pyj.interpreter.runtime.PGenericAlias ga) {
            return aliasRepr(location, ga);
        } else if (o instanceof org.pyj.interpreter.runtime.PGeneratorBase g) {
            return "<" + PythonTypeOf.typeName(o) + " object " + g.getQualname() + " at " + address(o) + ">";
        } else if (o instanceof PSuper s) {
            return "<super: <class '" + s.getType().getName() + "'>, <" + s.getObjectType().getName() + " object>>";
        } else if (o instanceof PIterator) {
            return ownReprOrDefault(location, o);
        } else if (o instanceof PythonObject p && !(o instanceof PBaseException) && (!p.getPythonType().isBuiltin()
                || p.getPythonType() == BuiltinTypes.OBJECT)) {
            PyType t = p.getPythonType();
            String module = t.getModule();
            String prefix = module.equals("builtins") ? "" : module + ".";
            return "<" + prefix + t.getQualname() + " object at " + address(o) + ">";
        } else if (o instanceof PythonObject || o instanceof PMethod || o instanceof PIterator) {
            return "<" + PythonTypeOf.typeName(o) + " object at " + address(o) + ">";
        } else if (!isFormatterValue(o)) {
            return ownReprOrDefault(location, o);
        }
        return ReprFormatter.repr(o);
    }

    private static boolean isSetLike(Object o) {
        return o instanceof PSet || o instanceof DictViews.View v && v.getKind() != DictViews.Kind.VALUES;
    }

    /** How a generic alias shows an argument (ga_repr_item): types by qualified name, ... as such. */
    private static String aliasArg(Node location, Object o) {
        if (o == PSingleton.ELLIPSIS) {
            return "...";
        } else if (o instanceof PyType t) {
            return t.getModule().equals("builtins") ? t.getQualname() : t.getModule() + "." + t.getQualname();
        }
        return r(location, o);
    }

    /** The values whose repr ReprFormatter writes itself. */
    private static boolean isFormatterValue(Object o) {
        return o instanceof Boolean || o instanceof Integer || o instanceof Long || o instanceof Double
                || o instanceof org.pyj.interpreter.runtime.PComplex
                || o instanceof TruffleString || o instanceof PNone || o instanceof PyType || o instanceof PFunction
                || o instanceof PBuiltinFunction || o instanceof org.pyj.interpreter.runtime.PInt || o instanceof PRange
                || o instanceof PBigRange || o instanceof org.pyj.interpreter.runtime.PModule
                || o instanceof org.pyj.interpreter.runtime.PSimpleNamespace || o instanceof PSingleton;
    }

    private static String r(Node location, Object o) {
        return PyStr.toJava(ObjectProtocol.repr(location, o));
    }

    private static String containerRepr(Node location, Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PList l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(r(location, l.get(i)));
            }
            return sb.append(']').toString();
        } else if (o instanceof PTuple t) {
            if (t.size() == 0) {
                return "()";
            }
            sb.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(r(location, t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } else if (o instanceof PDict d) {
            sb.append('{');
            boolean first = true;
            for (Object[] kv : dictItems(d)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(r(location, kv[0])).append(": ").append(r(location, kv[1]));
            }
            return sb.append('}').toString();
        } else {
            PSet s = (PSet) o;
            boolean frozen = s.isFrozen();
            String name = s.getPythonType().getName();
            if (s.size() == 0) {
                return name + "()";
            }
            if (frozen || !s.getPythonType().isBuiltin()) {
                sb.append(name).append('(');
            }
            sb.append('{');
            Object[] items = s.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(r(location, items[i]));
            }
            sb.append('}');
            if (frozen || !s.getPythonType().isBuiltin()) {
                sb.append(')');
            }
            return sb.toString();
        }
    }

    /** The (key, value) pairs of a dict, copied (so callbacks may change the dict). */
    @TruffleBoundary
    public static ArrayList<Object[]> dictItems(PDict d) {
        ArrayList<Object[]> out = new ArrayList<>(d.size());
        for (var e : d.entries()) {
            out.add(new Object[]{e.getKey().get(), e.getValue()});
        }
        return out;
    }

    static String address(Object o) {
        return ReprFormatter.addressOf(o);
    }

    // ------------------------------------------------------------------ comparison

    /** Comparison of builtin values (no class defined in Python involved). */
    @TruffleBoundary
    public static Object compareBuiltin(Node location, Object a, Object b, CompareOp op) {
        if (a instanceof PList x && b instanceof PList y) {
            return compareSequences(location, x.toArray(), y.toArray(), op);
        } else if (a instanceof PTuple x && b instanceof PTuple y) {
            return compareSequences(location, x.getItems(), y.getItems(), op);
        } else if (a instanceof PDict x && b instanceof PDict y && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return dictEquals(location, x, y) == (op == CompareOp.EQ);
        } else if (a instanceof org.pyj.interpreter.runtime.PSimpleNamespace x && b instanceof org.pyj.interpreter.runtime.PSimpleNamespace y
                && (op == CompareOp.EQ || op == CompareOp.NE)) {
            // namespace_richcompare: equal when their attributes are.
            boolean eq = x.getAttributes().size() == y.getAttributes().size();
            for (java.util.Map.Entry<String, Object> e : x.getAttributes().entrySet()) {
                Object other = y.getAttributes().get(e.getKey());
                eq = eq && other != null && ObjectProtocol.itemEquals(location, e.getValue(), other);
            }
            return eq == (op == CompareOp.EQ);
        } else if (a instanceof PSet x && b instanceof PSet y) {
            return compareSets(location, x, y, op);
        } else if (isSetLike(a) && isSetLike(b) && (a instanceof DictViews.View || b instanceof DictViews.View)) {
            return compareSets(location, org.pyj.interpreter.builtins.SetBuiltins.asSet(location, a),
                    org.pyj.interpreter.builtins.SetBuiltins.asSet(location, b), op);
        } else if (a instanceof PMethod x && b instanceof PMethod y && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return (x.getSelf() == y.getSelf() && x.getFunction() == y.getFunction()) == (op == CompareOp.EQ);
        } else if (a instanceof org.pyj.interpreter.runtime.PUnionType x && b instanceof org.pyj.interpreter.runtime.PUnionType y
                && (op == CompareOp.EQ || op == CompareOp.NE)) {
            // Unions compare as sets of their members.
            java.util.Set<Object> xs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.Set<Object> ys = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            xs.addAll(java.util.Arrays.asList(x.getArgs().getItems()));
            ys.addAll(java.util.Arrays.asList(y.getArgs().getItems()));
            return xs.equals(ys) == (op == CompareOp.EQ);
        } else if (a instanceof PSlice x && b instanceof PSlice y) {
            return compareSequences(location, new Object[]{x.getStart(), x.getStop(), x.getStep()},
                    new Object[]{y.getStart(), y.getStop(), y.getStep()}, op);
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            if ((a instanceof PList || a instanceof PDict || a instanceof PSet) || (b instanceof PList || b instanceof PDict
                    || b instanceof PSet) || a instanceof PythonObject || b instanceof PythonObject) {
                return (a == b) == (op == CompareOp.EQ);
            }
        }
        return BuiltinComparisons.compare(location, a, b, op);
    }

    private static boolean compareSequences(Node location, Object[] x, Object[] y, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && x.length != y.length) {
            return op == CompareOp.NE;
        }
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!ObjectProtocol.itemEquals(location, x[i], y[i])) {
                if (op == CompareOp.EQ) {
                    return false;
                } else if (op == CompareOp.NE) {
                    return true;
                }
                return ObjectProtocol.compareBool(location, x[i], y[i], op);
            }
        }
        return op.test(Integer.compare(x.length, y.length));
    }

    private static boolean dictEquals(Node location, PDict x, PDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Object[] kv : dictItems(x)) {
            Object other = y.getItem(kv[0]);
            if (other == null || !ObjectProtocol.itemEquals(location, kv[1], other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean compareSets(Node location, PSet x, PSet y, CompareOp op) {
        return switch (op) {
            case EQ -> x.size() == y.size() && isSubset(x, y);
            case NE -> !(x.size() == y.size() && isSubset(x, y));
            case LE -> isSubset(x, y);
            case LT -> x.size() < y.size() && isSubset(x, y);
            case GE -> isSubset(y, x);
            case GT -> y.size() < x.size() && isSubset(y, x);
        };
    }

    @TruffleBoundary
    public static boolean isSubset(PSet x, PSet y) {
        if (x.size() > y.size()) {
            return false;
        }
        for (Object o : x.toArray()) {
            if (!y.contains(o)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ sizes and containment

    /** The len() of builtin containers this class knows, or null. */
    static Object builtinSize(Object o) {
        if (o instanceof PDict d) {
            return (long) d.size();
        } else if (o instanceof PSet s) {
            return (long) s.size();
        } else if (o instanceof DictViews.View v) {
            return (long) v.getDict().size();
        }
        return null;
    }

    /**
     * The repr of an object of a type written in Java whose dict has a {@code __repr__} of its own
     * (itertools.count, _thread.lock), else {@code <T object at 0x...>}.
     */
    private static String ownReprOrDefault(Node location, Object o) {
        Object own = PythonTypeOf.typeOf(o).getOwn("__repr__");
        if (own != null) {
            return PyStr.toJava((com.oracle.truffle.api.strings.TruffleString) ObjectProtocol.call(location, own, o));
        }
        return "<" + PythonTypeOf.typeName(o) + " object at " + address(o) + ">";
    }

    /** ga_repr: {@code origin[arg, ...]}. */
    @TruffleBoundary
    public static String aliasRepr(Node location, org.pyj.interpreter.runtime.PGenericAlias ga) {
        StringBuilder sb = new StringBuilder(aliasArg(location, ga.getOrigin())).append('[');
        Object[] args = ga.getArgs().getItems();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(aliasArg(location, args[i]));
        }
        if (args.length == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    /** {@code item in container} for every container, {@code __contains__} and iteration included. */
    @TruffleBoundary
    public static boolean contains(Node location, Object container, Object item) {
        if (ObjectProtocol.isUserObject(container)) {
            Object m = ObjectProtocol.lookupSpecial(container, "__contains__");
            if (m != null) {
                return ObjectProtocol.isTrue(location, ObjectProtocol.callSpecial(location, m, container, item));
            }
            if (!(container instanceof PList || container instanceof PDict || container instanceof PSet)
                    && (ObjectProtocol.lookupSpecial(container, "__iter__") != null
                    || ObjectProtocol.lookupSpecial(container, "__getitem__") != null)) {
                Object it = getIter(location, container);
                for (Object x = next(location, it); x != null; x = next(location, it)) {
                    if (ObjectProtocol.itemEquals(location, x, item)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return builtinContains(location, container, item);
    }

    /** The builtin containers' {@code __contains__}. */
    @TruffleBoundary
    public static boolean builtinContains(Node location, Object container, Object item) {
        if (container instanceof PList l) {
            for (int i = 0; i < l.size(); i++) {
                if (ObjectProtocol.itemEquals(location, l.get(i), item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (ObjectProtocol.itemEquals(location, o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PDict d) {
            return d.containsKey(location, item);
        } else if (container instanceof PSet s) {
            return s.contains(location, item);
        } else if (container instanceof PIterator || container instanceof DictViews.View
                || container instanceof org.pyj.interpreter.runtime.PGenerator) {
            Object it = getIter(location, container);
            for (Object x = next(location, it); x != null; x = next(location, it)) {
                if (ObjectProtocol.itemEquals(location, x, item)) {
                    return true;
                }
            }
            return false;
        }
        return BuiltinComparisons.contains(location, container, item);
    }

    // ------------------------------------------------------------------ iteration

    /** {@code iter(o)}. */
    @TruffleBoundary
    public static Object getIter(Node location, Object o) {
        if (ObjectProtocol.isUserObject(o)) {
            PyType t = ObjectProtocol.typeOf(o);
            Object iter = t.lookup("__iter__");
            if (iter == PNone.NONE) {
                throw PythonErrors.typeError(location, "'%s' object is not iterable", t.getName());
            }
            if (iter != null && (!(iter instanceof org.pyj.interpreter.runtime.PBuiltinFunction)
                    || t.lookupOwner("__iter__").dispatchesByName())) {
                Object it = ObjectProtocol.callSpecial(location, iter, o);
                if (!isIterator(it)) {
                    throw PythonErrors.typeError(location, "iter() returned non-iterator of type '%s'",
                            PythonTypeOf.typeName(it));
                }
                return it;
            }
            if (iter == null && t.lookup("__getitem__") != null && !(o instanceof PList || o instanceof PDict)) {
                return new PIterator.JavaIterator(new SequenceProtocolIterator(location, o), BuiltinTypes.ITERATOR, null, null);
            }
        }
        return builtinGetIter(location, org.pyj.interpreter.runtime.PValueInstance.unwrap(o));
    }

    /** The builtin types' {@code __iter__}. */
    @TruffleBoundary
    public static Object builtinGetIter(Node location, Object o) {
        if (o instanceof PList l) {
            return new PIterator.ListIterator(l);
        } else if (o instanceof PTuple || o instanceof TruffleString) {
            return new PIterator.SequenceIterator(o);
        } else if (o instanceof PRange r) {
            return new PIterator.RangeIterator(r);
        } else if (o instanceof PBigRange r) {
            return new PIterator.BigRangeIterator(r);
        } else if (o instanceof PIterator || o instanceof org.pyj.interpreter.runtime.PGenerator
                || Awaitables.isBuiltinAwaitableIterator(o)) {
            return o;
        }
        if (o instanceof PDict d) {
            return DictViews.keyIterator(d);
        } else if (o instanceof PSet s) {
            return new PIterator.JavaIterator(s.iterator(), BuiltinTypes.SET_ITERATOR, s::size, "Set");
        } else if (o instanceof DictViews.View v) {
            return v.iterator();
        }
        throw PythonErrors.typeError(location, "'%s' object is not iterable", PythonTypeOf.typeName(o));
    }

    static boolean isIterator(Object o) {
        return o instanceof PIterator || o instanceof org.pyj.interpreter.runtime.PGenerator || Awaitables.isBuiltinAwaitableIterator(o)
                || ObjectProtocol.isUserObject(o) && ObjectProtocol.lookupSpecial(o, "__next__") != null;
    }

    /** {@code next(it)}: the next item, or null when the iterator is exhausted. */
    @TruffleBoundary
    public static Object next(Node location, Object it) {
        if (it instanceof PIterator.ListIterator l) {
            return l.next();
        } else if (it instanceof org.pyj.interpreter.runtime.PGenerator g) {
            return Generators.next(location, g);
        } else if (it instanceof PIterator.JavaIterator j) {
            String changed = j.changedWhat();
            if (changed != null) {
                throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "%s changed size during iteration", changed);
            }
            try {
                if (!j.getIterator().hasNext()) {
                    return null;
                }
                j.countItem();
                return j.getIterator().next();
            } catch (java.util.ConcurrentModificationException e) {
                throw PythonErrors.raise(location, BuiltinTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
            }
        } else if (it instanceof PIterator.CallableIterator c) {
            if (c.isDone()) {
                return null;
            }
            Object v = ObjectProtocol.call(location, c.getCallable());
            if (ObjectProtocol.itemEquals(location, v, c.getSentinel())) {
                c.setDone();
                return null;
            }
            return v;
        } else if (it instanceof PIterator.RangeIterator r) {
            return r.hasNext() ? r.nextLong() : null;
        } else if (it instanceof PIterator.BigRangeIterator r) {
            return r.nextOrNull();
        } else if (it instanceof PIterator.SequenceIterator s) {
            int i = s.getAndIncrement();
            if (s.getSequence() instanceof PTuple t) {
                return i < t.size() ? t.get(i) : null;
            }
            TruffleString str = (TruffleString) s.getSequence();
            return i < PyStr.length(str) ? PyStr.fromCodePoint(PyStr.codePointAt(str, i)) : null;
        }
        Object m = ObjectProtocol.lookupSpecial(it, "__next__");
        if (m == null) {
            throw PythonErrors.typeError(location, "'%s' object is not an iterator", PythonTypeOf.typeName(it));
        }
        try {
            return ObjectProtocol.callSpecial(location, m, it);
        } catch (PException e) {
            if (e.getPythonException().getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Every item of an iterable, in order. */
    @TruffleBoundary
    public static Object[] toArray(Node location, Object iterable) {
        if (iterable instanceof PList l) {
            return l.toArray();
        } else if (iterable instanceof PTuple t) {
            return t.getItems().clone();
        }
        Object it = getIter(location, iterable);
        ArrayList<Object> out = new ArrayList<>();
        for (Object x = next(location, it); x != null; x = next(location, it)) {
            out.add(x);
        }
        return out.toArray();
    }

    /** The old sequence protocol: {@code o[0]}, {@code o[1]}... until IndexError. */
    private static final class SequenceProtocolIterator implements java.util.Iterator<Object> {
        private final Node location;
        private final Object sequence;
        private int index;
        private Object pending;
        private boolean done;

        SequenceProtocolIterator(Node location, Object sequence) {
            this.location = location;
            this.sequence = sequence;
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                pending = ObjectProtocol.callSpecial(location, ObjectProtocol.lookupSpecial(sequence, "__getitem__"),
                        sequence, index++);
                return true;
            } catch (PException e) {
                PyType t = e.getPythonException().getType();
                if (t.isSubtypeOf(BuiltinTypes.INDEX_ERROR) || t.isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                    done = true;
                    return false;
                }
                throw e;
            }
        }

        @Override
        public Object next() {
            hasNext();
            Object v = pending;
            pending = null;
            return v;
        }
    }

    static PSingleton notImplemented() {
        return PSingleton.NOT_IMPLEMENTED;
    }
}

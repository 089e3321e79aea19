package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PDescriptors.PClassMethod;
import org.pyj.interpreter.runtime.PDescriptors.PProperty;
import org.pyj.interpreter.runtime.PDescriptors.PSlotMember;
import org.pyj.interpreter.runtime.PDescriptors.PStaticMethod;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PMethod;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSet;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyHash;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonCallable;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The object protocol of CPython's object.c and abstract.c as uncached slow paths: calls,
 * descriptors, special-method dispatch to classes defined in Python. The nodes in this package
 * handle their common cases themselves and come here for everything else.
 */
public final class ObjectProtocol {
    private ObjectProtocol() {
    }

    public static PyType typeOf(Object o) {
        return PythonTypeOf.typeOf(o);
    }

    /**
     * Whether {@code o}'s special methods are found by name on its type: an instance of a class
     * defined in Python, or of a builtin type whose special methods live in its dict (bytes).
     */
    public static boolean isUserObject(Object o) {
        return o instanceof PythonObject p && p.getPythonType().dispatchesByName()
                || o instanceof PyType t && t.getMetaclass() != BuiltinTypes.TYPE && t.getMetaclass().dispatchesByName();
    }

    /** PyIndex_Check: an int, or an object whose class has {@code __index__}. */
    public static boolean isIndex(Object o) {
        return BuiltinArithmetic.isInt(o) || isUserObject(o) && lookupSpecial(o, "__index__") != null;
    }

    /** PyCallable_Check: functions, types, methods, and objects whose type has {@code __call__}. */
    @TruffleBoundary
    public static boolean isCallable(Object o) {
        return o instanceof PythonCallable || o instanceof PyType || o instanceof PMethod || lookupSpecial(o, "__call__") != null;
    }

    /** A special method found on the type (CPython's _PyObject_LookupSpecial without binding), or null. */
    @TruffleBoundary
    public static Object lookupSpecial(Object o, String name) {
        return typeOf(o).lookup(name);
    }

    // ------------------------------------------------------------------ calls

    @TruffleBoundary
    public static Object call(Node location, Object callable, Object... args) {
        return callWithKeywords(location, callable, args, ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
    }

    /** Calls a special method found on the type with {@code self} first, binding as its descriptor would. */
    @TruffleBoundary
    public static Object callSpecial(Node location, Object method, Object self, Object... args) {
        if (method instanceof PythonCallable) {
            return call(location, method, prepend(self, args));
        }
        return call(location, bind(location, method, self, typeOf(self)), args);
    }

    @TruffleBoundary
    public static Object callWithKeywords(Node location, Object callable, Object[] args, String[] kwNames,
            Object[] kwValues) {
        if (callable instanceof PythonCallable c) {
            Object[] frameArgs = ArgumentBinder.bind(location, c, c, args, kwNames, kwValues);
            return callTarget(location, c.getCallTarget(), frameArgs);
        } else if (callable instanceof PMethod m) {
            return callWithKeywords(location, m.getFunction(), prepend(m.getSelf(), args), kwNames, kwValues);
        } else if (callable instanceof PyType t) {
            return TypeCalls.call(location, t, args, kwNames, kwValues);
        } else if (callable instanceof org.pyj.interpreter.runtime.PGenericAlias ga) {
            return callWithKeywords(location, ga.getOrigin(), args, kwNames, kwValues);
        } else if (callable instanceof PStaticMethod s) {
            return callWithKeywords(location, s.getFunction(), args, kwNames, kwValues);
        }
        Object call = lookupSpecial(callable, "__call__");
        if (call != null) {
            return callWithKeywords(location, bind(location, call, callable, typeOf(callable)), args, kwNames, kwValues);
        }
        throw PythonErrors.typeError(location, "'%s' object is not callable", PythonTypeOf.typeName(callable));
    }

    /** An uncached call whose traceback entry points at {@code location}. */
    public static Object callTarget(Node location, RootCallTarget target, Object[] frameArgs) {
        if (location == null || !location.isAdoptable()) {
            return IndirectCallNode.getUncached().call(target, frameArgs);
        }
        EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
        Node previous = ref.set(location);
        try {
            return IndirectCallNode.getUncached().call(target, frameArgs);
        } finally {
            ref.set(previous);
        }
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] r = new Object[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    // ------------------------------------------------------------------ descriptors

    /** Whether a class attribute is a data descriptor (its type defines __set__ or __delete__). */
    @TruffleBoundary
    public static boolean isDataDescriptor(Object descr) {
        if (descr instanceof PProperty || descr instanceof PSlotMember) {
            return true;
        }
        if (descr instanceof PythonObject p && !p.getPythonType().isBuiltin()) {
            PyType t = p.getPythonType();
            return t.lookup("__set__") != null || t.lookup("__delete__") != null;
        }
        return false;
    }

    /** property.__get__: the property itself for a class, else its getter's result. */
    @TruffleBoundary
    public static Object propertyGet(Node location, PProperty p, Object obj, PyType type) {
        if (obj == null) {
            return p;
        }
        if (p.fget == PNone.NONE || p.fget == null) {
            throw PythonErrors.attributeError(location, obj, p.name,
                    p.name == null ? "property of '%s' object has no getter" : "property '%s' of '%s' object has no getter",
                    p.name == null ? new Object[]{type.getName()} : new Object[]{p.name, type.getName()});
        }
        return call(location, p.fget, obj);
    }

    /** {@code descr.__get__(obj, type)} for a class attribute found for an instance ({@code obj} non-null) or a class. */
    @TruffleBoundary
    public static Object bind(Node location, Object descr, Object obj, PyType type) {
        if (descr instanceof PFunction || descr instanceof PBuiltinFunction) {
            return obj == null ? descr : new PMethod(obj, descr);
        } else if (descr instanceof PClassMethod c) {
            return new PMethod(type, c.getFunction());
        } else if (descr instanceof PStaticMethod s) {
            return s.getFunction();
        } else if (descr instanceof PProperty p && p.getPythonType() == BuiltinTypes.PROPERTY) {
            return propertyGet(location, p, obj, type);
        } else if (descr instanceof PSlotMember m) {
            if (obj == null) {
                return m;
            }
            Object v = DynamicObjectLibrary.getUncached().getOrDefault((PythonObject) obj, m.getName(), null);
            if (v == null) {
                throw PythonErrors.attributeError(location, obj, m.getName(), "'%s' object has no attribute '%s'",
                        type.getName(), m.getName());
            }
            return v;
        } else if (isUserObject(descr)) {
            Object get = lookupSpecial(descr, "__get__");
            if (get != null) {
                return callSpecial(location, get, descr, obj == null ? PNone.NONE : obj, type);
            }
        }
        return descr;
    }

    // ------------------------------------------------------------------ attributes

    @TruffleBoundary
    public static Object getAttr(Node location, Object obj, String name) {
        PyType type = typeOf(obj);
        if (type.dispatchesByName()) {
            Object getattribute = type.lookup("__getattribute__");
            if (getattribute != BuiltinTypes.OBJECT.getOwn("__getattribute__") && getattribute != null) {
                try {
                    return callSpecial(location, getattribute, obj, PyStr.fromJava(name));
                } catch (PException e) {
                    return getattrHook(location, e, obj, type, name);
                }
            }
        }
        try {
            return Attributes.genericGetAttr(location, obj, name);
        } catch (PException e) {
            return getattrHook(location, e, obj, type, name);
        }
    }

    /** The AttributeError of a lookup goes to {@code __getattr__} when the class has one. */
    private static Object getattrHook(Node location, PException e, Object obj, PyType type, String name) {
        if (!type.isBuiltin() && e.getPythonException().getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
            Object getattr = type.lookup("__getattr__");
            if (getattr != null) {
                return callSpecial(location, getattr, obj, PyStr.fromJava(name));
            }
        }
        throw e;
    }

    /** {@code getattr(obj, name, None)} without the AttributeError: null when missing. */
    @TruffleBoundary
    public static Object lookupAttr(Node location, Object obj, String name) {
        try {
            return getAttr(location, obj, name);
        } catch (PException e) {
            if (e.getPythonException().getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void setAttr(Node location, Object obj, String name, Object value) {
        PyType type = typeOf(obj);
        if (type.dispatchesByName()) {
            Object setattr = type.lookup(value == null ? "__delattr__" : "__setattr__");
            Object dflt = BuiltinTypes.OBJECT.getOwn(value == null ? "__delattr__" : "__setattr__");
            if (setattr != null && setattr != dflt) {
                if (value == null) {
                    callSpecial(location, setattr, obj, PyStr.fromJava(name));
                } else {
                    callSpecial(location, setattr, obj, PyStr.fromJava(name), value);
                }
                return;
            }
        }
        Attributes.genericSetAttr(location, obj, name, value);
    }

    // ------------------------------------------------------------------ str, repr, hash, truth

    @TruffleBoundary
    public static TruffleString repr(Node location, Object o) {
        PyjContext context = enterRecursiveCall(location, " while getting the repr of an object");
        try {
            return reprGuarded(location, o);
        } finally {
            context.recursionDepth--;
        }
    }

    @TruffleBoundary
    private static TruffleString reprGuarded(Node location, Object o) {
        if (isUserObject(o) || o instanceof PythonObject p && !(o instanceof PBaseException) && p.getPythonType().lookup("__repr__") instanceof PFunction) {
            Object r = callSpecial(location, typeOf(o).lookup("__repr__"), o);
            if (!(r instanceof TruffleString s)) {
                throw PythonErrors.typeError(location, "__repr__ returned non-string (type %s)", PythonTypeOf.typeName(r));
            }
            return s;
        }
        return PyStr.fromJava(Containers.repr(location, o));
    }

    @TruffleBoundary
    public static TruffleString str(Node location, Object o) {
        if (o instanceof TruffleString s) {
            return s;
        }
        PyjContext context = enterRecursiveCall(location, " while getting the str of an object");
        try {
            return strGuarded(location, o);
        } finally {
            context.recursionDepth--;
        }
    }

    @TruffleBoundary
    private static TruffleString strGuarded(Node location, Object o) {
        if (o instanceof TruffleString s) {
            return s;
        }
        if (isUserObject(o)) {
            Object m = typeOf(o).lookup("__str__");
            Object objectStr = BuiltinTypes.OBJECT.getOwn("__str__");
            if (m != null && m != objectStr && !(m instanceof PBuiltinFunction && o instanceof PBaseException)) {
                Object r = callSpecial(location, m, o);
                if (!(r instanceof TruffleString s)) {
                    throw PythonErrors.typeError(location, "__str__ returned non-string (type %s)", PythonTypeOf.typeName(r));
                }
                return s;
            }
            if (o instanceof PBaseException e) {
                return PyStr.fromJava(ReprFormatter.str(e));
            }
            return repr(location, o);
        }
        if (o instanceof PList || o instanceof PDict || o instanceof PSet || o instanceof PTuple) {
            return repr(location, o);
        }
        return PyObjectStrNode.strSlowPath(location, o);
    }

    /** {@code hash(o)}: CPython's value. */
    @TruffleBoundary
    public static long hash(Node location, Object o) {
        if (o instanceof PList || o instanceof PDict || o instanceof PSet s && !s.isFrozen()) {
            throw PythonErrors.typeError(location, "unhashable type: '%s'", PythonTypeOf.typeName(o));
        }
        if (o instanceof PSet s) {
            return frozensetHash(location, s);
        }
        if (o instanceof PTuple t) {
            long acc = PyHash.tupleStart();
            for (int i = 0; i < t.size(); i++) {
                acc = PyHash.tupleStep(acc, hash(location, t.get(i)));
            }
            return PyHash.tupleFinish(acc, t.size());
        }
        if (isUserObject(o)) {
            PyType type = typeOf(o);
            Object h = type.lookup("__hash__");
            if (h == PNone.NONE) {
                throw PythonErrors.typeError(location, "unhashable type: '%s'", type.getName());
            }
            if (h != null && h != BuiltinTypes.OBJECT.getOwn("__hash__")) {
                return hashResult(location, callSpecial(location, h, o));
            }
            return identityHash(o);
        }
        return PyObjectHashNode.hashSlowPath(location, o);
    }

    public static long identityHash(Object o) {
        return System.identityHashCode(o);
    }

    private static long frozensetHash(Node location, PSet s) {
        // CPython's frozenset_hash: order-independent mix of the members' hashes.
        long hash = 0;
        for (long h : s.hashArray()) {
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069 + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    /** The Java hash of a dict key, consistent with Python equality (str by content, numbers by value). */
    @TruffleBoundary
    public static int dictHash(Node location, Object key) {
        if (key instanceof TruffleString s) {
            return s.hashCode();
        }
        if (key instanceof org.pyj.interpreter.runtime.PValueInstance v && v.getValue() instanceof TruffleString s
                && typeOf(key).lookup("__hash__") == BuiltinTypes.STR.getOwn("__hash__")) {
            return s.hashCode(); // a str subclass keeping str's hash must find the same entries
        }
        long h = hash(location, key);
        return (int) (h ^ (h >>> 32));
    }

    /** Key equality for dicts and sets: identity, then {@code ==}. */
    @TruffleBoundary
    public static boolean keyEquals(Object stored, Object key) {
        if (stored instanceof TruffleString a && key instanceof TruffleString b) {
            return PyStr.equal(a, b);
        }
        return BuiltinComparisons.isSame(stored, key) || isTrue(null, richCompare(null, stored, key, CompareOp.EQ));
    }

    /** What a class's {@code __bool__} returned, checked as CPython does. */
    public static boolean boolResult(Node location, Object r) {
        if (r instanceof Boolean v) {
            return v;
        }
        throw PythonErrors.typeError(location, "__bool__ should return bool, returned %s", PythonTypeOf.typeName(r));
    }

    /** What a class's {@code __len__} returned, checked and converted as CPython does. */
    public static long lenResult(Node location, Object r) {
        if (r instanceof Integer i && i >= 0) {
            return i;
        } else if (r instanceof Long l && l >= 0) {
            return l;
        }
        return lenResultSlowPath(location, r);
    }

    @TruffleBoundary
    private static long lenResultSlowPath(Node location, Object r) {
        if (!BuiltinArithmetic.isInt(r)) {
            throw PythonErrors.typeError(location, "'%s' object cannot be interpreted as an integer",
                    PythonTypeOf.typeName(r));
        }
        java.math.BigInteger n = BuiltinArithmetic.toBig(r);
        if (n.signum() < 0) {
            throw PythonErrors.valueError(location, "__len__() should return >= 0");
        }
        if (n.bitLength() > 63) {
            throw PythonErrors.overflow(location, "cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    }

    /** What a class's {@code __hash__} returned, reduced as CPython does (-1 becomes -2). */
    public static long hashResult(Node location, Object r) {
        if (r instanceof Integer i) {
            return i == -1 ? -2 : i;
        } else if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        return hashResultSlowPath(location, r);
    }

    @TruffleBoundary
    private static long hashResultSlowPath(Node location, Object r) {
        if (!BuiltinArithmetic.isInt(r)) {
            throw PythonErrors.typeError(location, "__hash__ method should return an integer");
        }
        long v = r instanceof Boolean b ? (b ? 1 : 0)
                : r instanceof Integer || r instanceof Long ? ((Number) r).longValue()
                : PyHash.ofBig(BuiltinArithmetic.toBig(r));
        return v == -1 ? -2 : v;
    }

    @TruffleBoundary
    public static boolean isTrue(Node location, Object o) {
        if (o instanceof PList l) {
            return l.size() != 0;
        } else if (o instanceof PDict d && !isUserObject(o)) {
            return d.size() != 0;
        } else if (o instanceof PSet s && !isUserObject(o)) {
            return s.size() != 0;
        } else if (isUserObject(o)) {
            PyType type = typeOf(o);
            Object b = type.lookup("__bool__");
            if (b != null) {
                return boolResult(location, callSpecial(location, b, o));
            }
            Object len = type.lookup("__len__");
            if (len != null) {
                return size(location, o) != 0;
            }
            if (o instanceof PDict d) {
                return d.size() != 0;
            }
            return true;
        }
        return PyObjectIsTrueNode.isTrueSlowPath(o);
    }

    @TruffleBoundary
    public static long size(Node location, Object o) {
        if (o instanceof PList l) {
            return l.size();
        } else if (o instanceof TruffleString s) {
            return PyStr.length(s);
        } else if (o instanceof PTuple t) {
            return t.size();
        }
        if (isUserObject(o)) {
            Object len = lookupSpecial(o, "__len__");
            if (len != null) {
                return lenResult(location, callSpecial(location, len, o));
            }
        }
        if (o instanceof PDict d) {
            return d.size();
        } else if (o instanceof PSet s) {
            return s.size();
        }
        Object n = Containers.builtinSize(o);
        if (n != null) {
            return (Long) n;
        }
        return PyObjectSizeNode.sizeSlowPath(location, o);
    }

    // ------------------------------------------------------------------ comparison

    /** {@code a op b} with the reflected-operand rules of do_richcompare; may return any object. */
    @TruffleBoundary
    public static Object richCompare(Node location, Object a, Object b, CompareOp op) {
        PyjContext context = enterRecursiveCall(location, " in comparison");
        try {
            return richCompareGuarded(location, a, b, op);
        } finally {
            context.recursionDepth--;
        }
    }

    /**
     * Py_EnterRecursiveCall: the slow paths that recurse through nested containers (repr, str,
     * comparison) count against the recursion limit as calls do, so a list nested 200000 deep
     * raises RecursionError instead of overflowing the Java stack. The caller decrements.
     */
    static PyjContext enterRecursiveCall(Node location, String where) {
        PyjContext context = PyjContext.get(location);
        if (++context.recursionDepth > context.recursionLimit) {
            context.recursionDepth--;
            throw PythonErrors.raise(location, BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded%s", where);
        }
        return context;
    }

    @TruffleBoundary
    private static Object richCompareGuarded(Node location, Object a, Object b, CompareOp op) {
        if (!isUserObject(a) && !isUserObject(b)) {
            return Containers.compareBuiltin(location, a, b, op);
        }
        PyType ta = typeOf(a);
        PyType tb = typeOf(b);
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.dispatchesByName()) {
            Object m = tb.lookup(op.reflected().dunder());
            if (m != null) {
                checkedReverse = true;
                Object r = callSpecial(location, m, b, a);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (ta.dispatchesByName()) {
            Object m = ta.lookup(op.dunder());
            if (m != null && m != BuiltinTypes.OBJECT.getOwn(op.dunder())) {
                Object r = callSpecial(location, m, a, b);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            } else if (op == CompareOp.NE && m == null) {
                // object.__ne__ inverts __eq__ unless that returned NotImplemented.
            }
        }
        if (!checkedReverse && tb.dispatchesByName()) {
            Object m = tb.lookup(op.reflected().dunder());
            if (m != null && m != BuiltinTypes.OBJECT.getOwn(op.reflected().dunder())) {
                Object r = callSpecial(location, m, b, a);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (op == CompareOp.NE && ta.dispatchesByName()) {
            Object eq = ta.lookup("__eq__");
            if (eq != null && eq != BuiltinTypes.OBJECT.getOwn("__eq__")) {
                Object r = callSpecial(location, eq, a, b);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return !isTrue(location, r);
                }
            }
        }
        if (op == CompareOp.EQ) {
            return a == b;
        } else if (op == CompareOp.NE) {
            return a != b;
        }
        throw PythonErrors.typeError(location, "'%s' not supported between instances of '%s' and '%s'", op.symbol(),
                ta.getName(), tb.getName());
    }

    @TruffleBoundary
    public static boolean compareBool(Node location, Object a, Object b, CompareOp op) {
        return isTrue(location, richCompare(location, a, b, op));
    }

    /** {@code a == b} as containers compare items: identity first. */
    @TruffleBoundary
    public static boolean itemEquals(Node location, Object a, Object b) {
        return BuiltinComparisons.isSame(a, b) || compareBool(location, a, b, CompareOp.EQ);
    }

    // ------------------------------------------------------------------ binary operators on classes

    /**
     * CPython's binary_op1 for operands of which one is an instance of a class defined in Python:
     * the subclass's reflected method first, then {@code a.__op__(b)}, then {@code b.__rop__(a)}.
     * Returns null when neither operand is such an instance.
     */
    @TruffleBoundary
    public static Object userBinaryOp(Node location, Object a, Object b, String op, String rop, String symbol,
            boolean inPlace) {
        if (!isUserObject(a) && !isUserObject(b)) {
            return null;
        }
        PyType ta = typeOf(a);
        PyType tb = typeOf(b);
        if (inPlace && ta.dispatchesByName()) {
            Object im = ta.lookup("__i" + op.substring(2));
            if (im != null) {
                Object r = callSpecial(location, im, a, b);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        Object lm = !ta.dispatchesByName() ? null : ta.lookup(op);
        Object rm = ta == tb || !tb.dispatchesByName() ? null : tb.lookup(rop);
        if (rm != null && lm != null && tb.isSubtypeOf(ta) && rm != ta.lookup(rop)) {
            Object r = callSpecial(location, rm, b, a);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
            rm = null;
        }
        if (lm != null) {
            Object r = callSpecial(location, lm, a, b);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (rm != null) {
            Object r = callSpecial(location, rm, b, a);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /** The TypeError of a binary operator no operand supports. */
    @TruffleBoundary
    public static RuntimeException unsupportedOperands(Node location, Object a, Object b, String symbol, boolean inPlace) {
        if (symbol.equals("** or pow()") && inPlace) {
            symbol = "**=";
        } else if (inPlace) {
            symbol = symbol + "=";
        }
        throw PythonErrors.typeError(location, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                PythonTypeOf.typeName(a), PythonTypeOf.typeName(b));
    }

    /** A unary operator ({@code __neg__}, {@code __pos__}, {@code __invert__}, {@code __abs__}) on a class instance, or null. */
    @TruffleBoundary
    public static Object userUnaryOp(Node location, Object a, String op, String symbol) {
        if (!isUserObject(a)) {
            return null;
        }
        Object m = lookupSpecial(a, op);
        if (m == null) {
            if (op.equals("__abs__")) {
                throw PythonErrors.typeError(location, "bad operand type for abs(): '%s'", PythonTypeOf.typeName(a));
            }
            throw PythonErrors.typeError(location, "bad operand type for unary %s: '%s'", symbol, PythonTypeOf.typeName(a));
        }
        return callSpecial(location, m, a);
    }
}

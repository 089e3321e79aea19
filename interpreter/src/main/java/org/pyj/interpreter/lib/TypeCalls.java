package org.pyj.interpreter.lib;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.Mro;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PCell;
import org.pyj.interpreter.runtime.PDescriptors.PClassMethod;
import org.pyj.interpreter.runtime.PDescriptors.PProperty;
import org.pyj.interpreter.runtime.PDescriptors.PSlotMember;
import org.pyj.interpreter.runtime.PDescriptors.PStaticMethod;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSet;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonCallable;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * Calling a type ({@code type.__call__}: {@code __new__} then {@code __init__}) and making a class
 * ({@code __build_class__} and {@code type.__new__}: metaclass, C3 MRO, {@code __slots__},
 * {@code __set_name__}, {@code __init_subclass__}).
 */
public final class TypeCalls {
    private TypeCalls() {
    }

    /** The builtin types a class may inherit from; their instances' Java class is the layout. */
    private static final PyType[] SUBCLASSABLE = {BuiltinTypes.OBJECT, BuiltinTypes.BASE_EXCEPTION, BuiltinTypes.DICT,
            BuiltinTypes.LIST, BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.TYPE, BuiltinTypes.BYTES,
            BuiltinTypes.BYTEARRAY, BuiltinTypes.INT, BuiltinTypes.FLOAT, BuiltinTypes.STR, BuiltinTypes.TUPLE,
            BuiltinTypes.CLASSMETHOD, BuiltinTypes.STATICMETHOD, BuiltinTypes.PROPERTY, BuiltinTypes.WEAKREF,
            BuiltinTypes.GENERIC_ALIAS, BuiltinTypes.DEQUE, BuiltinTypes.DEFAULTDICT};

    @TruffleBoundary
    public static Object call(Node location, PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        if (type == BuiltinTypes.TYPE) {
            if (args.length == 1 && kwNames.length == 0) {
                return PythonTypeOf.typeOf(args[0]);
            }
            if (args.length != 3) {
                throw PythonErrors.typeError(location, "type() takes 1 or 3 arguments");
            }
            if (args[1] instanceof PTuple bases) {
                // type_new: the most derived metaclass of the bases makes the class (enum's type(...) calls).
                PyType winner = calculateMetaclass(location, BuiltinTypes.TYPE, bases.getItems());
                if (winner != BuiltinTypes.TYPE) {
                    return ObjectProtocol.callWithKeywords(location, winner, args, kwNames, kwValues);
                }
            }
            return newClass(location, BuiltinTypes.TYPE, args[0], args[1], args[2], kwNames, kwValues);
        }
        PyType meta = type.getMetaclass();
        if (meta != BuiltinTypes.TYPE) {
            Object call = meta.lookup("__call__");
            if (call != null && !(call instanceof PBuiltinFunction)) {
                return ObjectProtocol.callWithKeywords(location, call, ObjectProtocol.prepend(type, args), kwNames, kwValues);
            }
        }
        return defaultCall(location, type, args, kwNames, kwValues);
    }

    /** {@code type.__call__(cls, *args, **kwargs)}. */
    @TruffleBoundary
    public static Object defaultCall(Node location, PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        if (type.isBuiltin() && type != BuiltinTypes.OBJECT && !isExceptionType(type) && type.getSlots().tp_new != null) {
            return ObjectProtocol.callWithKeywords(location, type.getSlots().tp_new, ObjectProtocol.prepend(type, args),
                    kwNames, kwValues);
        }
        Object newMethod = type.lookup("__new__");
        Object obj;
        PyType newOwner = type.lookupOwner("__new__");
        boolean defaultNew = newMethod == null || newOwner == BuiltinTypes.OBJECT
                || newOwner.isBuiltin() && newOwner == type.getBase() && newOwner != BuiltinTypes.BASE_EXCEPTION_GROUP;
        Object init = type.lookup("__init__");
        boolean defaultInit = init == null || init instanceof PBuiltinFunction && type.lookupOwner("__init__") == BuiltinTypes.OBJECT;
        if (defaultNew) {
            if ((args.length > 0 || kwNames.length > 0) && defaultInit && !hasBuiltinNew(type)) {
                throw PythonErrors.typeError(location, "%s() takes no arguments", type.getName());
            }
            obj = allocate(location, type, args, kwNames, kwValues);
        } else {
            Object f = newMethod instanceof PStaticMethod s ? s.getFunction() : newMethod;
            obj = ObjectProtocol.callWithKeywords(location, f, ObjectProtocol.prepend(type, args), kwNames, kwValues);
        }
        if (!PythonTypeOf.typeOf(obj).isSubtypeOf(type)) {
            return obj;
        }
        if (init != null && !defaultInit) {
            Object r = ObjectProtocol.callWithKeywords(location, init, ObjectProtocol.prepend(obj, args), kwNames, kwValues);
            if (r != PNone.NONE) {
                throw PythonErrors.typeError(location, "__init__() should return None, not '%s'", PythonTypeOf.typeName(r));
            }
        } else if ((args.length > 0 || kwNames.length > 0) && !defaultNew && !hasBuiltinNew(type)) {
            // object.__init__ with arguments is an error only when __new__ was not overridden... and it was.
        }
        return obj;
    }

    private static boolean hasBuiltinNew(PyType type) {
        return type.getBase() != BuiltinTypes.OBJECT;
    }

    /** {@code T.__new__(cls, *args)} of a builtin type: its constructor for T itself, else an instance of the subclass. */
    @TruffleBoundary
    public static Object builtinNew(Node location, PyType t, Object cls, PTuple args, org.pyj.interpreter.runtime.PDict kwargs) {
        if (!(cls instanceof PyType c)) {
            throw PythonErrors.typeError(location, "%s.__new__(X): X is not a type object (%s)", t.getName(), PythonTypeOf.typeName(cls));
        }
        if (!c.isSubtypeOf(t)) {
            throw PythonErrors.typeError(location, "%s.__new__(%s): %s is not a subtype of %s", t.getName(), c.getName(), c.getName(),
                    t.getName());
        }
        String[] kwNames = kwargs.keywordNames();
        Object[] kwValues = kwargs.valuesArray();
        if (c == t) {
            return ObjectProtocol.callWithKeywords(location, t.getSlots().tp_new, ObjectProtocol.prepend(t, args.getItems()), kwNames,
                    kwValues);
        }
        return allocate(location, c, args.getItems(), kwNames, kwValues);
    }

    /** object_new's check: a class whose __abstractmethods__ is not empty (abc.ABCMeta sets it) cannot be instantiated. */
    public static void checkNotAbstract(Node location, PyType type) {
        Object abstracts = type.isBuiltin() ? null : type.getOwn("__abstractmethods__");
        if (abstracts == null || !ObjectProtocol.isTrue(location, abstracts)) {
            return;
        }
        java.util.List<String> names = new ArrayList<>();
        for (Object o : Containers.toArray(location, abstracts)) {
            names.add(PyStr.toJava(ObjectProtocol.str(location, o)));
        }
        java.util.Collections.sort(names);
        throw PythonErrors.typeError(location, "Can't instantiate abstract class %s with abstract method%s %s", type.getName(),
                names.size() > 1 ? "s" : "", String.join(", ", names));
    }

    /** OSError(errno, strerror, ...) is an instance of the subclass for that errno (FileNotFoundError...). */
    public static PyType osErrorType(PyType type, Object[] args) {
        if (type == BuiltinTypes.OS_ERROR && args.length >= 2 && args.length <= 5
                && (args[0] instanceof Integer || args[0] instanceof Long)) {
            return BuiltinTypes.osErrorSubclass(((Number) args[0]).longValue());
        }
        return type;
    }

    private static boolean isExceptionType(PyType t) {
        return t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION);
    }

    /** {@code object.__new__(cls)} and the builtin bases' __new__: an empty instance of the layout. */
    @TruffleBoundary
    public static Object allocate(Node location, PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        checkNotAbstract(location, type);
        PyType layout = type.getBase();
        if (type.isBuiltin() && !isExceptionType(type) && type != BuiltinTypes.OBJECT) {
            layout = type;
        }
        if (layout == BuiltinTypes.OBJECT || type == BuiltinTypes.OBJECT) {
            return new PythonObject(type);
        } else if (isExceptionType(type)) {
            return new PBaseException(osErrorType(type, args), args.length == 0 ? PTuple.EMPTY : new PTuple(args.clone()));
        } else if (layout == BuiltinTypes.DICT || layout == BuiltinTypes.DEFAULTDICT) {
            return new PDict(type);
        } else if (layout == BuiltinTypes.DEQUE) {
            return new org.pyj.interpreter.runtime.PDeque(type);
        } else if (layout == BuiltinTypes.CLASSMETHOD) {
            return new org.pyj.interpreter.runtime.PDescriptors.PClassMethod(type);
        } else if (layout == BuiltinTypes.STATICMETHOD) {
            return new org.pyj.interpreter.runtime.PDescriptors.PStaticMethod(type);
        } else if (layout == BuiltinTypes.PROPERTY) {
            return new org.pyj.interpreter.runtime.PDescriptors.PProperty(type, PNone.NONE, PNone.NONE, PNone.NONE, PNone.NONE);
        } else if (layout == BuiltinTypes.LIST) {
            return new PList(type);
        } else if (layout == BuiltinTypes.SET || layout == BuiltinTypes.FROZENSET) {
            PSet s = new PSet(type);
            if (layout == BuiltinTypes.FROZENSET && args.length > 0) {
                for (Object o : Containers.toArray(location, args[0])) {
                    s.add(o);
                }
            }
            return s;
        } else if (layout == BuiltinTypes.INT || layout == BuiltinTypes.FLOAT || layout == BuiltinTypes.STR
                || layout == BuiltinTypes.TUPLE) {
            // The builtin constructor makes the value; the instance of the subclass carries it.
            Object value = ObjectProtocol.callWithKeywords(location, layout.getSlots().tp_new, ObjectProtocol.prepend(layout, args),
                    kwNames, kwValues);
            value = org.pyj.interpreter.runtime.PValueInstance.unwrap(value);
            return type == layout ? value : new org.pyj.interpreter.runtime.PValueInstance(type, value);
        } else if (layout == BuiltinTypes.BYTES || layout == BuiltinTypes.WEAKREF || layout == BuiltinTypes.GENERIC_ALIAS) {
            // Immutable: the value comes from the constructor's arguments, for the subclass.
            return ObjectProtocol.callWithKeywords(location, layout.getSlots().tp_new, ObjectProtocol.prepend(type, args),
                    kwNames, kwValues);
        } else if (layout == BuiltinTypes.BYTEARRAY) {
            return new org.pyj.interpreter.runtime.PByteArray(type, org.pyj.interpreter.runtime.PBytes.NO_BYTES);
        } else if (layout == BuiltinTypes.TYPE) {
            return newClass(location, type, args[0], args[1], args[2], kwNames, kwValues);
        }
        throw PythonErrors.typeError(location, "cannot create '%s' instances", type.getName());
    }

    // ------------------------------------------------------------------ making classes

    /**
     * {@code __build_class__(body, name, *bases, **kwds)}: picks the metaclass, prepares the
     * namespace, runs the class body in it, calls the metaclass and fills the {@code __class__} cell.
     */
    @TruffleBoundary
    public static Object buildClass(Node location, PFunction body, String name, Object[] bases, String[] kwNames,
            Object[] kwValues) {
        Object meta = null;
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < kwNames.length; i++) {
            if (kwNames[i].equals("metaclass")) {
                meta = kwValues[i];
            } else {
                names.add(kwNames[i]);
                values.add(kwValues[i]);
            }
        }
        String[] kwN = names.toArray(new String[0]);
        Object[] kwV = values.toArray();
        for (Object b : bases) {
            if (!(b instanceof PyType)) {
                Object mroEntries = ObjectProtocol.lookupAttr(location, b, "__mro_entries__");
                if (mroEntries == null) {
                    throw PythonErrors.typeError(location, "bases must be types");
                }
            }
        }
        if (meta == null) {
            meta = bases.length == 0 ? BuiltinTypes.TYPE : PythonTypeOf.typeOf(bases[0]);
        }
        if (meta instanceof PyType m) {
            meta = calculateMetaclass(location, m, bases);
        }
        Object prepare = ObjectProtocol.lookupAttr(location, meta, "__prepare__");
        Object namespace;
        if (prepare == null || prepare instanceof PBuiltinFunction) {
            namespace = new PDict();
        } else {
            namespace = ObjectProtocol.callWithKeywords(location, prepare,
                    new Object[]{PyStr.fromJava(name), new PTuple(bases.clone())}, kwN, kwV);
        }
        Object cell = ObjectProtocol.call(location, body, namespace);
        Object cls = ObjectProtocol.callWithKeywords(location, meta,
                new Object[]{PyStr.fromJava(name), new PTuple(bases.clone()), namespace}, kwN, kwV);
        if (cell instanceof PCell c) {
            c.set(cls);
        }
        return cls;
    }

    /** The most derived metaclass of the given one and the bases' (typeobject.c, _PyType_CalculateMetaclass). */
    private static PyType calculateMetaclass(Node location, PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType t = PythonTypeOf.typeOf(b);
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw PythonErrors.typeError(location, "metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__(meta, name, bases, namespace, **kwds)}. */
    @TruffleBoundary
    public static PyType newClass(Node location, PyType meta, Object nameObj, Object basesObj, Object nsObj,
            String[] kwNames, Object[] kwValues) {
        if (!(nameObj instanceof TruffleString nameStr)) {
            throw PythonErrors.typeError(location, "type.__new__() argument 1 must be str, not %s", PythonTypeOf.typeName(nameObj));
        }
        if (!(basesObj instanceof PTuple basesTuple)) {
            throw PythonErrors.typeError(location, "type.__new__() argument 2 must be tuple, not %s", PythonTypeOf.typeName(basesObj));
        }
        if (!(nsObj instanceof PDict ns)) {
            throw PythonErrors.typeError(location, "type.__new__() argument 3 must be dict, not %s", PythonTypeOf.typeName(nsObj));
        }
        String name = PyStr.toJava(nameStr);
        if (meta == BuiltinTypes.TYPE || meta.isSubtypeOf(BuiltinTypes.TYPE)) {
            calculateMetaclass(location, meta, basesTuple.getItems());
        }
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesTuple.get(i) instanceof PyType b)) {
                throw PythonErrors.typeError(location, "bases must be types");
            }
            bases[i] = b;
        }
        if (bases.length == 0) {
            bases = new PyType[]{BuiltinTypes.OBJECT};
        }
        PyType solid = BuiltinTypes.OBJECT;
        for (PyType b : bases) {
            PyType layout = layoutOf(b);
            if (layout == null || b == BuiltinTypes.BOOL) {
                throw PythonErrors.typeError(location, "type '%s' is not an acceptable base type", b.getName());
            }
            if (layout == BuiltinTypes.OBJECT) {
                continue;
            }
            if (solid == BuiltinTypes.OBJECT || layout.isSubtypeOf(solid)) {
                solid = layout;
            } else if (!solid.isSubtypeOf(layout)) {
                throw PythonErrors.typeError(location, "multiple bases have instance lay-out conflict");
            }
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PythonErrors.typeError(location, "duplicate base class %s", bases[i].getName());
                }
            }
        }
        String qualname = name;
        Object q = ns.getItem(PyStr.fromJava("__qualname__"));
        if (q instanceof TruffleString qs) {
            qualname = PyStr.toJava(qs);
        } else if (q != null) {
            throw PythonErrors.typeError(location, "type __qualname__ must be a str, not %s", PythonTypeOf.typeName(q));
        }
        Object m = ns.getItem(PyStr.fromJava("__module__"));
        if (m == null) {
            // type_new_set_module: the calling code's module name (type('K', (), {}) in __main__).
            CallerFrames.Caller c = CallerFrames.caller();
            Object callerName = c == null ? null
                    : com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(CallerFrames.globalsModule(c), "__name__", null);
            if (callerName != null) {
                ns.setItem(PyStr.fromJava("__module__"), callerName);
                m = callerName;
            }
        }
        String module = m instanceof TruffleString ms ? PyStr.toJava(ms) : "builtins";
        PyType type = new PyType(meta, name, qualname, module, bases, solid);
        PyType[] mro = Mro.compute(type, bases);
        if (mro == null) {
            throw PythonErrors.typeError(location, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                    Mro.conflictNames(bases));
        }
        type.setMro(mro);
        for (Object[] kv : Containers.dictItems(ns)) {
            if (kv[0] instanceof TruffleString k) {
                String key = PyStr.toJava(k);
                if (key.equals("__qualname__") || key.equals("__classcell__")) {
                    continue;
                }
                Object v = kv[1];
                if ((key.equals("__init_subclass__") || key.equals("__class_getitem__")) && v instanceof PFunction) {
                    v = new PClassMethod(v);
                } else if (key.equals("__new__") && v instanceof PFunction) {
                    v = new PStaticMethod(v);
                }
                type.define(key, v);
            }
        }
        boolean eqWithoutHash = type.getOwn("__eq__") != null && type.getOwn("__hash__") == null;
        setUpSlots(location, type, bases);
        if (type.getOwn("__doc__") == null) {
            type.define("__doc__", PNone.NONE);
        }
        if (eqWithoutHash) {
            type.define("__hash__", PNone.NONE);
        }
        // __set_name__ on the attributes, then the parent's __init_subclass__.
        for (var e : new ArrayList<>(type.getDict().entrySet())) {
            Object v = e.getValue();
            if (v instanceof PProperty p) {
                p.name = e.getKey();
            } else if (ObjectProtocol.isUserObject(v)) {
                Object setName = ObjectProtocol.lookupSpecial(v, "__set_name__");
                if (setName != null) {
                    ObjectProtocol.callSpecial(location, setName, v, type, PyStr.fromJava(e.getKey()));
                }
            }
        }
        initSubclass(location, type, kwNames, kwValues);
        return type;
    }

    private static PyType layoutOf(PyType b) {
        if (!b.isBuiltin()) {
            return b.getBase();
        }
        for (PyType s : SUBCLASSABLE) {
            if (b == s) {
                return s == BuiltinTypes.BASE_EXCEPTION ? s : s;
            }
        }
        if (b.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            return BuiltinTypes.BASE_EXCEPTION;
        }
        return null;
    }

    private static void setUpSlots(Node location, PyType type, PyType[] bases) {
        Object slots = type.getOwn("__slots__");
        boolean baseHasDict = false;
        for (PyType b : bases) {
            // Instances of builtin types have no __dict__, except exceptions'.
            baseHasDict |= b.hasInstanceDict() && (!b.isBuiltin() || b.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION));
        }
        boolean baseHasWeakref = false;
        for (PyType b : bases) {
            baseHasWeakref |= b.hasWeakref();
        }
        if (slots == null) {
            type.setHasInstanceDict(true);
            addGetSets(type, !baseHasDict, !baseHasWeakref);
            return;
        }
        Object[] names = slots instanceof TruffleString ? new Object[]{slots} : Containers.toArray(location, slots);
        List<String> slotNames = new ArrayList<>();
        boolean wantsDict = false;
        boolean wantsWeakref = false;
        for (Object n : names) {
            if (!(n instanceof TruffleString s)) {
                throw PythonErrors.typeError(location, "__slots__ items must be strings, not '%s'", PythonTypeOf.typeName(n));
            }
            String name = org.pyj.interpreter.translator.PrivateNames.mangle(type.getName(), PyStr.toJava(s));
            if (name.equals("__dict__")) {
                wantsDict = true;
                continue;
            }
            if (name.equals("__weakref__")) {
                wantsWeakref = true;
                continue;
            }
            if (type.getOwn(name) != null) {
                throw PythonErrors.valueError(location, "'%s' in __slots__ conflicts with class variable", name);
            }
            slotNames.add(name);
        }
        // type_new sorts the (mangled) names before making their member descriptors.
        java.util.Collections.sort(slotNames);
        for (String name : slotNames) {
            type.define(name, new PSlotMember(name, type));
        }
        type.setSlotNames(slotNames.toArray(new String[0]));
        type.setHasInstanceDict(wantsDict || baseHasDict);
        addGetSets(type, wantsDict && !baseHasDict, wantsWeakref && !baseHasWeakref);
        if (baseHasWeakref) {
            type.setHasWeakref(true);
        }
    }

    /** The __dict__ and __weakref__ entries of the first class on a line of bases to have them. */
    private static void addGetSets(PyType type, boolean dict, boolean weakref) {
        if (dict) {
            type.define("__dict__", new org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor("__dict__", type));
        }
        if (weakref) {
            type.define("__weakref__", new org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor("__weakref__", type));
        }
        type.setHasWeakref(true);
    }

    private static void initSubclass(Node location, PyType type, String[] kwNames, Object[] kwValues) {
        PyType[] mro = type.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object v = mro[i].getOwn("__init_subclass__");
            if (v == null) {
                continue;
            }
            if (v instanceof PClassMethod c) {
                ObjectProtocol.callWithKeywords(location, c.getFunction(), new Object[]{type}, kwNames, kwValues);
                return;
            }
            if (v instanceof PythonCallable) {
                // object.__init_subclass__
                if (kwNames.length > 0) {
                    throw PythonErrors.typeError(location, "%s.__init_subclass__() takes no keyword arguments", type.getName());
                }
                return;
            }
        }
        if (kwNames.length > 0) {
            throw PythonErrors.typeError(location, "%s.__init_subclass__() takes no keyword arguments", type.getName());
        }
    }

    static Object[] noArgs() {
        return ArgumentBinder.NO_VALUES;
    }
}

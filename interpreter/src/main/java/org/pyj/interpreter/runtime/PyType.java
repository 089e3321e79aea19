package org.pyj.interpreter.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A Python type object. Like CPython's PyTypeObject it carries slots ({@link TpSlots}) and a
 * dict of attributes. Builtin types are JVM-wide singletons ({@link BuiltinTypes}) whose dicts are
 * filled once from Java; classes are made by {@code class} statements and {@code type(...)}.
 *
 * Attribute lookups are cached by the nodes under {@link #getStableAssumption()}: any change to the
 * dict of this type or of a type on its MRO invalidates it. A type changed too often stops
 * handing out valid assumptions, so the nodes use their uncached path instead of deoptimizing
 * in a loop.
 */
public final class PyType implements TruffleObject {
    /** After this many changes a type counts as unstable: no more cached lookups on it. */
    private static final int MAX_INVALIDATIONS = 8;

    private String name;
    private String qualname;
    private String module;
    @CompilationFinal(dimensions = 1) private PyType[] bases;
    /** The builtin type whose instance layout instances use (object, BaseException...). */
    private final PyType base;
    @CompilationFinal(dimensions = 1) private PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    /**
     * What {@link #lookup} found per name (CPython's type method cache), {@link #MISSING} for
     * none; dropped whenever this type or one on its MRO changes. Concurrent: builtin types are
     * shared by every context.
     */
    private volatile java.util.concurrent.ConcurrentHashMap<String, Object> lookupCache;
    private static final Object MISSING = new Object();
    private final TpSlots slots = new TpSlots();
    private final boolean builtin;
    /** The metaclass; null means {@code type}. */
    private final PyType metaclass;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    @CompilationFinal private Assumption stable = Truffle.getRuntime().createAssumption("class stable");
    private int invalidations;
    /** {@code __slots__} names when the class declares them (no instance {@code __dict__} then). */
    private String[] slotNames;
    private boolean hasInstanceDict = true;
    /** Whether instances support weak references (a class without __slots__, or with '__weakref__' in them). */
    private boolean hasWeakref;

    public boolean hasWeakref() {
        return hasWeakref;
    }

    public void setHasWeakref(boolean hasWeakref) {
        this.hasWeakref = hasWeakref;
    }
    /** A builtin type whose special methods are Java functions in its dict, dispatched by name like a class's. */
    private boolean specialMethodsInDict;

    /** A builtin type with single inheritance. */
    public PyType(String name, String module, PyType base) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.base = base;
        this.builtin = true;
        this.metaclass = null;
        this.bases = base == null ? new PyType[0] : new PyType[]{base};
        int depth = 0;
        for (PyType t = base; t != null; t = t.base) {
            depth++;
        }
        this.mro = new PyType[depth + 1];
        PyType t = this;
        for (int i = 0; i <= depth; i++, t = t.base) {
            mro[i] = t;
        }
        if (base != null) {
            base.subclasses.add(new WeakReference<>(this));
        }
    }

    /** A builtin type with several bases (ExceptionGroup); the MRO is given. */
    public PyType(String name, String module, PyType[] bases, PyType[] mroAfterSelf) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.base = bases[0];
        this.builtin = true;
        this.metaclass = null;
        this.bases = bases;
        this.mro = new PyType[mroAfterSelf.length + 1];
        this.mro[0] = this;
        System.arraycopy(mroAfterSelf, 0, mro, 1, mroAfterSelf.length);
        for (PyType b : bases) {
            b.subclasses.add(new WeakReference<>(this));
        }
    }

    /** A class: its MRO is computed by the caller ({@link Mro}) and set with {@link #setMro}. */
    public PyType(PyType metaclass, String name, String qualname, String module, PyType[] bases, PyType solidBase) {
        this.name = name;
        this.qualname = qualname;
        this.module = module;
        this.bases = bases;
        this.base = solidBase;
        this.builtin = false;
        this.metaclass = metaclass == BuiltinTypes.TYPE ? null : metaclass;
        for (PyType b : bases) {
            b.subclasses.add(new WeakReference<>(this));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** {@code __module__}: "builtins" for builtin types. */
    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    /** The layout base: the nearest builtin type on the MRO (for builtins, the base). */
    public PyType getBase() {
        return base;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType[] getMro() {
        return mro;
    }

    public void setMro(PyType[] mro) {
        this.mro = mro;
        dropLookupCaches();
    }

    public TpSlots getSlots() {
        return slots;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /**
     * Whether the slow paths find this type's special methods by name in its dict (and its MRO's):
     * true for classes and for builtin types written that way (bytes, bytearray); the other
     * builtin types have their behaviour in the slow paths' own cases.
     */
    public boolean dispatchesByName() {
        return !builtin || specialMethodsInDict;
    }

    /** Marks a builtin type as dispatching by name (see {@link #dispatchesByName()}); set at startup. */
    public PyType withSpecialMethodsInDict() {
        specialMethodsInDict = true;
        return this;
    }

    /** {@code type(cls)}. */
    public PyType getMetaclass() {
        return metaclass == null ? BuiltinTypes.TYPE : metaclass;
    }

    public Assumption getStableAssumption() {
        return stable;
    }

    public String[] getSlotNames() {
        return slotNames;
    }

    public void setSlotNames(String[] slotNames) {
        this.slotNames = slotNames;
    }

    public boolean hasInstanceDict() {
        return hasInstanceDict;
    }

    public void setHasInstanceDict(boolean hasInstanceDict) {
        this.hasInstanceDict = hasInstanceDict;
    }

    /** Whether this type is {@code other} or a subtype of it. */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** This type's own attribute (its {@code __dict__} entry), or null. */
    @TruffleBoundary
    public Object getOwn(String key) {
        return dict.get(key);
    }

    /** The attribute along the MRO (CPython's _PyType_Lookup), or null. */
    @TruffleBoundary
    public Object lookup(String key) {
        java.util.concurrent.ConcurrentHashMap<String, Object> cache = lookupCache;
        if (cache == null) {
            cache = new java.util.concurrent.ConcurrentHashMap<>();
            lookupCache = cache;
        }
        Object cached = cache.get(key);
        if (cached != null) {
            return cached == MISSING ? null : cached;
        }
        Object found = null;
        for (PyType t : mro) {
            Object v = t.dict.get(key);
            if (v != null) {
                found = v;
                break;
            }
        }
        cache.put(key, found == null ? MISSING : found);
        return found;
    }

    /** The type on the MRO that defines {@code key}, or null. */
    @TruffleBoundary
    public PyType lookupOwner(String key) {
        for (PyType t : mro) {
            if (t.dict.containsKey(key)) {
                return t;
            }
        }
        return null;
    }

    /** Sets an attribute, invalidating the cached lookups of this type and its subclasses. */
    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        if (value == null) {
            dict.remove(key);
        } else {
            dict.put(key, value);
        }
        invalidate();
    }

    /** Fills the dict while the type is being made (no lookups cached yet). */
    @TruffleBoundary
    public void define(String key, Object value) {
        dict.put(key, value);
        dropLookupCaches();
    }

    @TruffleBoundary
    public Map<String, Object> getDict() {
        return dict;
    }

    @TruffleBoundary
    public List<PyType> getSubclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Forgets the lookups of this type and its subclasses (their MROs may go through it). */
    private void dropLookupCaches() {
        lookupCache = null;
        for (PyType sub : getSubclasses()) {
            sub.dropLookupCaches();
        }
    }

    private void invalidate() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        lookupCache = null;
        stable.invalidate();
        invalidations++;
        if (invalidations < MAX_INVALIDATIONS) {
            stable = Truffle.getRuntime().createAssumption("class stable");
        }
        for (PyType sub : getSubclasses()) {
            sub.invalidate();
        }
    }

    /** {@code <class 'name'>}, as repr shows a type. */
    @Override
    public String toString() {
        return module.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + module + "." + qualname + "'>";
    }
}

package org.pyj.interpreter.builtins;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PWeakRef;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The {@code _weakref} module (CPython's Modules/_weakref.c and Objects/weakrefobject.c):
 * {@code ref} (weakref.ReferenceType, which classes may derive from), its equality and hash
 * rules, proxies (attribute access, calls, truth and comparison forwarded), and the other names
 * weakref.py imports. Not yet: callbacks, and
 * the reference counts getweakrefcount/getweakrefs report (0 and []).
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("_weakref");
        PyjContext.put(module, "__name__", PyStr.fromJava("_weakref"));
        PyType ref = BuiltinTypes.WEAKREF;
        BuiltinSpec newSpec = JavaBuiltin.function("__new__", "cls, ob, callback=None, /", (loc, a) -> create(loc, a[0], a[1], a[2]));
        context.setConstructor(ref, newSpec);
        ref.define("__new__", new PDescriptors.PStaticMethod(context.makeBuiltin(newSpec, "weakref")));
        context.defineMethods(ref, List.of(
                method(ref, "__init__", "self, ob, callback=None, /", (loc, a) -> PNone.NONE),
                method(ref, "__call__", "self", (loc, a) -> {
                    Object o = ((PWeakRef) a[0]).get();
                    return o == null ? PNone.NONE : o;
                }),
                method(ref, "__hash__", "self", (loc, a) -> hash(loc, (PWeakRef) a[0])),
                method(ref, "__eq__", "self, value, /", (loc, a) -> compare(loc, a[0], a[1], CompareOp.EQ)),
                method(ref, "__ne__", "self, value, /", (loc, a) -> compare(loc, a[0], a[1], CompareOp.NE)),
                method(ref, "__repr__", "self", (loc, a) -> PyStr.fromJava(repr(loc, (PWeakRef) a[0]))),
                method(ref, "__callback__", "self", (loc, a) -> {
                    Object cb = ((PWeakRef) a[0]).getCallback();
                    return cb == null ? PNone.NONE : cb;
                })));
        ref.define("__callback__", new PDescriptors.PProperty(BuiltinTypes.PROPERTY, ref.getOwn("__callback__"), null, null, PNone.NONE));
        for (PyType p : new PyType[]{BuiltinTypes.WEAKPROXY, BuiltinTypes.WEAKCALLABLEPROXY}) {
            // A proxy forwards to its referent (ReferenceError once that is gone).
            context.defineMethods(p, List.of(
                    method(p, "__getattribute__", "self, name, /", (loc, a) -> ObjectProtocol.getAttr(loc, referent(loc, a[0]),
                            PyStr.toJava((com.oracle.truffle.api.strings.TruffleString) a[1]))),
                    method(p, "__setattr__", "self, name, value, /", (loc, a) -> {
                        ObjectProtocol.setAttr(loc, referent(loc, a[0]), PyStr.toJava((com.oracle.truffle.api.strings.TruffleString) a[1]), a[2]);
                        return PNone.NONE;
                    }),
                    method(p, "__delattr__", "self, name, /", (loc, a) -> {
                        ObjectProtocol.setAttr(loc, referent(loc, a[0]), PyStr.toJava((com.oracle.truffle.api.strings.TruffleString) a[1]), null);
                        return PNone.NONE;
                    }),
                    method(p, "__repr__", "self", (loc, a) -> {
                        Object o = ((PWeakRef) a[0]).get();
                        return PyStr.fromJava("<weakproxy at " + org.pyj.interpreter.formatting.ReprFormatter.addressOf(a[0]) + "; "
                                + (o == null ? "dead" : "to '" + PythonTypeOf.typeName(o) + "' at "
                                        + org.pyj.interpreter.formatting.ReprFormatter.addressOf(o)) + ">");
                    }),
                    method(p, "__str__", "self", (loc, a) -> ObjectProtocol.str(loc, referent(loc, a[0]))),
                    method(p, "__bool__", "self", (loc, a) -> ObjectProtocol.isTrue(loc, referent(loc, a[0]))),
                    method(p, "__eq__", "self, other, /", (loc, a) -> ObjectProtocol.richCompare(loc, referent(loc, a[0]), a[1], CompareOp.EQ)),
                    method(p, "__ne__", "self, other, /", (loc, a) -> ObjectProtocol.richCompare(loc, referent(loc, a[0]), a[1], CompareOp.NE))));
            p.define("__hash__", PNone.NONE);
        }
        context.defineMethods(BuiltinTypes.WEAKCALLABLEPROXY, List.of(method(BuiltinTypes.WEAKCALLABLEPROXY, "__call__",
                "self, *args, **kwargs", (loc, a) -> {
                    PDict kw = (PDict) a[2];
                    return ObjectProtocol.callWithKeywords(loc, referent(loc, a[0]), ((org.pyj.interpreter.runtime.PTuple) a[1]).getItems(),
                            kw.keywordNames(), kw.valuesArray());
                })));
        PyjContext.put(module, "ref", ref);
        PyjContext.put(module, "ReferenceType", ref);
        PyjContext.put(module, "ProxyType", BuiltinTypes.WEAKPROXY);
        PyjContext.put(module, "CallableProxyType", BuiltinTypes.WEAKCALLABLEPROXY);
        for (BuiltinSpec spec : List.of(
                JavaBuiltin.function("getweakrefcount", "object, /", (loc, a) -> 0L),
                JavaBuiltin.function("getweakrefs", "object, /", (loc, a) -> new PList()),
                JavaBuiltin.function("proxy", "object, callback=None, /", (loc, a) -> {
                    if (!weaklyReferenceable(a[0])) {
                        throw PythonErrors.typeError(loc, "cannot create weak reference to '%s' object", PythonTypeOf.typeName(a[0]));
                    }
                    PyType t = ObjectProtocol.isCallable(a[0]) ? BuiltinTypes.WEAKCALLABLEPROXY : BuiltinTypes.WEAKPROXY;
                    return new PWeakRef(t, a[0], a[1] == PNone.NONE ? null : a[1]);
                }),
                JavaBuiltin.function("_remove_dead_weakref", "dct, key, /", (loc, a) -> {
                    if (a[0] instanceof PDict d) {
                        Object v = d.getItem(loc, a[1]);
                        if (v instanceof PWeakRef r && r.get() == null) {
                            d.removeItem(loc, a[1]);
                        }
                    }
                    return PNone.NONE;
                }))) {
            PyjContext.put(module, spec.name(), context.makeBuiltin(spec, "_weakref"));
        }
        return module;
    }

    /** ref(ob, callback): objects of classes (with __weakref__), functions, types, sets, modules, methods, generators. */
    private static Object create(Node loc, Object cls, Object ob, Object callback) {
        if (!(cls instanceof PyType type) || !type.isSubtypeOf(BuiltinTypes.WEAKREF)) {
            throw PythonErrors.typeError(loc, "ref.__new__(X): X is not a subtype of ref");
        }
        if (!weaklyReferenceable(ob)) {
            throw PythonErrors.typeError(loc, "cannot create weak reference to '%s' object", PythonTypeOf.typeName(ob));
        }
        return new PWeakRef(type, ob, callback == PNone.NONE ? null : callback);
    }

    private static boolean weaklyReferenceable(Object o) {
        if (o instanceof PythonObject p && !(o instanceof org.pyj.interpreter.runtime.PList)
                && !(o instanceof PDict) && !(o instanceof org.pyj.interpreter.runtime.PValueInstance)) {
            PyType t = p.getPythonType();
            return !t.isBuiltin() ? t.hasWeakref() : o instanceof org.pyj.interpreter.runtime.PSet
                    || o instanceof PModule || o instanceof org.pyj.interpreter.runtime.PBaseException
                    || o instanceof PWeakRef || o instanceof PDescriptors.PProperty;
        }
        return o instanceof PyType || o instanceof org.pyj.interpreter.runtime.PFunction
                || o instanceof org.pyj.interpreter.runtime.PBuiltinFunction || o instanceof org.pyj.interpreter.runtime.PMethod
                || o instanceof org.pyj.interpreter.runtime.PGeneratorBase || o instanceof org.pyj.interpreter.runtime.PCode;
    }

    /** A proxy's referent, or ReferenceError once it is gone. */
    private static Object referent(Node loc, Object proxy) {
        Object o = ((PWeakRef) proxy).get();
        if (o == null) {
            throw PythonErrors.raise(loc, BuiltinTypes.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return o;
    }

    /** weakref_hash: the referent's hash, kept once computed. */
    private static Object hash(Node loc, PWeakRef r) {
        if (!r.isHashed()) {
            Object o = r.get();
            if (o == null) {
                throw PythonErrors.typeError(loc, "weak object has gone away");
            }
            r.setHash(ObjectProtocol.hash(loc, o));
        }
        return r.getHash();
    }

    /** weakref_richcompare: live referents compare as themselves; otherwise only identity counts. */
    private static Object compare(Node loc, Object self, Object other, CompareOp op) {
        if (!(other instanceof PWeakRef o)) {
            return PSingleton.NOT_IMPLEMENTED;
        }
        Object a = ((PWeakRef) self).get();
        Object b = o.get();
        if (a == null || b == null) {
            boolean same = self == other;
            return op == CompareOp.EQ ? same : !same;
        }
        return ObjectProtocol.richCompare(loc, a, b, op);
    }

    private static String repr(Node loc, PWeakRef r) {
        String at = org.pyj.interpreter.formatting.ReprFormatter.addressOf(r);
        Object o = r.get();
        if (o == null) {
            return "<weakref at " + at + "; dead>";
        }
        Object name = ObjectProtocol.lookupAttr(loc, o, "__name__");
        String target = "'" + PythonTypeOf.typeName(o) + "' at " + org.pyj.interpreter.formatting.ReprFormatter.addressOf(o);
        if (name instanceof com.oracle.truffle.api.strings.TruffleString n) {
            return "<weakref at " + at + "; to " + target + " (" + PyStr.toJava(n) + ")>";
        }
        return "<weakref at " + at + "; to " + target + ">";
    }
}

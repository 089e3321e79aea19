package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.List;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.ContainerOperators;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSet;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PyType;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/**
 * The operator special methods of list, dict, set and frozenset, and object's comparisons, as
 * attributes (what {@code super().__add__(x)} in a subclass reaches, and what dir() shows).
 * They compute on the builtin representation directly: a subclass instance is itself a
 * PList/PDict/PSet, so going through the generic operators would find these methods again.
 */
public final class ContainerDunders {
    private ContainerDunders() {
    }

    /**
     * types.GenericAlias: callable as GenericAlias(origin, args), derivable (its __new__ makes an
     * instance of the subclass), with the methods subclasses reach through super().
     */
    private static void installGenericAlias(PyjContext context) {
        PyType g = BuiltinTypes.GENERIC_ALIAS;
        BuiltinSpec newSpec = JavaBuiltin.function("__new__", "cls, origin, args, /", (loc, a) -> {
            org.pyj.interpreter.runtime.PTuple args = a[2] instanceof org.pyj.interpreter.runtime.PTuple t ? t
                    : new org.pyj.interpreter.runtime.PTuple(new Object[]{a[2]});
            return new org.pyj.interpreter.runtime.PGenericAlias((PyType) a[0], a[1], args);
        });
        context.setConstructor(g, newSpec);
        g.define("__new__", new org.pyj.interpreter.runtime.PDescriptors.PStaticMethod(context.makeBuiltin(newSpec, "GenericAlias")));
        context.defineMethods(g, List.of(
                method(g, "__init__", "self, *args", (loc, a) -> PNone.NONE),
                method(g, "__repr__", "self", (loc, a) -> org.pyj.interpreter.runtime.PyStr.fromJava(Containers.aliasRepr(loc,
                        (org.pyj.interpreter.runtime.PGenericAlias) a[0]))),
                method(g, "__call__", "self, *args, **kwargs", (loc, a) -> ObjectProtocol.callWithKeywords(loc,
                        ((org.pyj.interpreter.runtime.PGenericAlias) a[0]).getOrigin(), ((org.pyj.interpreter.runtime.PTuple) a[1]).getItems(),
                        ((PDict) a[2]).keywordNames(), ((PDict) a[2]).valuesArray())),
                method(g, "__mro_entries__", "self, bases, /", (loc, a) -> new org.pyj.interpreter.runtime.PTuple(
                        new Object[]{((org.pyj.interpreter.runtime.PGenericAlias) a[0]).getOrigin()})),
                method(g, "__eq__", "self, value, /", (loc, a) -> {
                    if (!(a[1] instanceof org.pyj.interpreter.runtime.PGenericAlias o)) {
                        return org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED;
                    }
                    org.pyj.interpreter.runtime.PGenericAlias s = (org.pyj.interpreter.runtime.PGenericAlias) a[0];
                    return ObjectProtocol.compareBool(loc, s.getOrigin(), o.getOrigin(), org.pyj.interpreter.lib.CompareOp.EQ)
                            && ObjectProtocol.compareBool(loc, s.getArgs(), o.getArgs(), org.pyj.interpreter.lib.CompareOp.EQ);
                }),
                method(g, "__hash__", "self", (loc, a) -> {
                    org.pyj.interpreter.runtime.PGenericAlias s = (org.pyj.interpreter.runtime.PGenericAlias) a[0];
                    return ObjectProtocol.hash(loc, s.getOrigin()) ^ ObjectProtocol.hash(loc, s.getArgs());
                })));
    }

    /**
     * {@code list[int]} and friends: __class_getitem__ (a class method) makes a types.GenericAlias,
     * on the builtin types that are generic.
     */
    public static void installClassGetItem(PyjContext context) {
        installGenericAlias(context);
        for (PyType t : new PyType[]{BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.TUPLE, BuiltinTypes.SET,
            BuiltinTypes.FROZENSET, BuiltinTypes.ENUMERATE}) {
            context.defineMethods(t, List.of(JavaBuiltin.function("__class_getitem__", "cls, item, /",
                    (loc, a) -> new org.pyj.interpreter.runtime.PGenericAlias((PyType) a[0],
                            a[1] instanceof org.pyj.interpreter.runtime.PTuple tk ? tk
                                    : new org.pyj.interpreter.runtime.PTuple(new Object[]{a[1]})))));
            t.define("__class_getitem__", org.pyj.interpreter.runtime.PDescriptors.PClassMethod.ofBuiltin(t, "__class_getitem__"));
        }
    }

    public static void install(PyjContext context) {
        PyType o = BuiltinTypes.OBJECT;
        List<BuiltinSpec> objectSpecs = new ArrayList<>();
        for (CompareOp op : new CompareOp[]{CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            objectSpecs.add(method(o, op.dunder(), "self, value, /", (loc, a) -> PSingleton.NOT_IMPLEMENTED));
        }
        objectSpecs.add(method(o, "__sizeof__", "self", (loc, a) -> 16L));
        objectSpecs.add(JavaBuiltin.function("__subclasshook__", "cls, *args", (loc, a) -> PSingleton.NOT_IMPLEMENTED));
        context.defineMethods(o, objectSpecs);
        o.define("__subclasshook__", PDescriptors.PClassMethod.ofBuiltin(o, "__subclasshook__"));

        PyType l = BuiltinTypes.LIST;
        List<BuiltinSpec> list = new ArrayList<>();
        list.add(method(l, "__add__", "self, value, /", (loc, a) -> ContainerOperators.binary(loc, a[0], a[1], "__add__", false)));
        list.add(method(l, "__iadd__", "self, value, /", (loc, a) -> ContainerOperators.binary(loc, a[0], a[1], "__add__", true)));
        list.add(method(l, "__mul__", "self, value, /", (loc, a) -> ContainerOperators.binary(loc, a[0], a[1], "__mul__", false)));
        list.add(method(l, "__rmul__", "self, value, /", (loc, a) -> ContainerOperators.binary(loc, a[0], a[1], "__mul__", false)));
        list.add(method(l, "__imul__", "self, value, /", (loc, a) -> ContainerOperators.binary(loc, a[0], a[1], "__mul__", true)));
        list.add(method(l, "__delitem__", "self, key, /", (loc, a) -> {
            PyObjectItems.builtinDelItem(loc, a[0], a[1]);
            return PNone.NONE;
        }));
        list.add(method(l, "__reversed__", "self", (loc, a) -> ObjectProtocol.call(loc,
                ObjectProtocol.getAttr(loc, PyjContext.get(loc).getBuiltins(), "reversed"), a[0])));
        comparisons(list, l, PList.class);
        context.defineMethods(l, list);

        PyType d = BuiltinTypes.DICT;
        List<BuiltinSpec> dict = new ArrayList<>();
        dict.add(method(d, "__or__", "self, value, /", (loc, a) -> a[1] instanceof PDict
                ? ContainerOperators.binary(loc, a[0], a[1], "__or__", false) : PSingleton.NOT_IMPLEMENTED));
        dict.add(method(d, "__ror__", "self, value, /", (loc, a) -> a[1] instanceof PDict
                ? ContainerOperators.binary(loc, a[1], a[0], "__or__", false) : PSingleton.NOT_IMPLEMENTED));
        dict.add(method(d, "__ior__", "self, value, /", (loc, a) -> ContainerOperators.binary(loc, a[0], a[1], "__or__", true)));
        dict.add(method(d, "__reversed__", "self", (loc, a) -> ObjectProtocol.call(loc,
                ObjectProtocol.getAttr(loc, PyjContext.get(loc).getBuiltins(), "reversed"), a[0])));
        comparisons(dict, d, PDict.class);
        context.defineMethods(d, dict);

        for (PyType s : new PyType[]{BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            List<BuiltinSpec> set = new ArrayList<>();
            for (String op : new String[]{"and", "or", "sub", "xor"}) {
                String dunder = "__" + op + "__";
                set.add(method(s, dunder, "self, value, /", (loc, a) -> a[1] instanceof PSet
                        ? ContainerOperators.binary(loc, a[0], a[1], dunder, false) : PSingleton.NOT_IMPLEMENTED));
                set.add(method(s, "__r" + op + "__", "self, value, /", (loc, a) -> a[1] instanceof PSet
                        ? ContainerOperators.binary(loc, a[1], a[0], dunder, false) : PSingleton.NOT_IMPLEMENTED));
                if (s == BuiltinTypes.SET) {
                    set.add(method(s, "__i" + op + "__", "self, value, /", (loc, a) -> a[1] instanceof PSet
                            ? ContainerOperators.binary(loc, a[0], a[1], dunder, true) : PSingleton.NOT_IMPLEMENTED));
                }
            }
            set.add(method(s, "__iter__", "self", (loc, a) -> Containers.builtinGetIter(loc, a[0])));
            comparisons(set, s, PSet.class);
            context.defineMethods(s, set);
        }
    }

    /** The rich comparisons, between values of the same kind (NotImplemented otherwise). */
    private static void comparisons(List<BuiltinSpec> specs, PyType t, Class<?> kind) {
        for (CompareOp op : CompareOp.values()) {
            specs.add(method(t, op.dunder(), "self, value, /", (loc, a) -> kind.isInstance(a[1])
                    ? Containers.compareBuiltin(loc, a[0], a[1], op) : PSingleton.NOT_IMPLEMENTED));
        }
    }
}

package org.pyj.interpreter.builtins;

import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.DictViews;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.nodes.literal.DictLiteralNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/** The dict type and its views. */
public final class DictBuiltins {
    private DictBuiltins() {
    }

    /** {@code d.get(key, default=None)}: a node, so that the key's hash goes through the per-class caches. */
    static final class DictGetNode extends PythonBuiltinNode {
        @Child private org.pyj.interpreter.lib.PyDictKeyHashNode hash = org.pyj.interpreter.lib.PyDictKeyHashNode.create();

        @Override
        public Object call(com.oracle.truffle.api.frame.VirtualFrame frame) {
            if (!(arg(frame, 0) instanceof PDict self) || !self.getPythonType().isSubtypeOf(BuiltinTypes.DICT)) {
                throw PythonErrors.typeError(this, "descriptor 'get' for 'dict' objects doesn't apply to a '%s' object",
                        PythonTypeOf.typeName(arg(frame, 0)));
            }
            Object key = arg(frame, 1);
            Object v = self.getItem(this, key, hash.execute(key));
            return v != null ? v : arg(frame, 2);
        }
    }

    public static void install(PyjContext context) {
        PyType d = BuiltinTypes.DICT;
        context.setConstructor(d, JavaBuiltin.function("dict", "cls, *args, **kwargs", (loc, a) -> {
            PDict dict = new PDict((PyType) a[0]);
            if (a[0] == BuiltinTypes.DICT) {
                update(loc, dict, (PTuple) a[1], (PDict) a[2], "dict");
            }
            return dict;
        }));
        context.defineMethods(d, List.of(
                method(d, "__init__", "self, *args, **kwargs", (loc, a) -> {
                    update(loc, (PDict) a[0], (PTuple) a[1], (PDict) a[2], "dict");
                    return PNone.NONE;
                }),
                new BuiltinSpec("get", new org.pyj.interpreter.runtime.Signature("dict.get",
                        new String[]{"self", "key", "default"}, 3, 3, 0, false, false), new Object[]{PNone.NONE}, null,
                        DictGetNode::new),
                method(d, "setdefault", "self, key, default=?, /", (loc, a) -> {
                    PDict self = (PDict) a[0];
                    Object v = self.getItem(a[1]);
                    if (v == null) {
                        v = given(a[2]) ? a[2] : PNone.NONE;
                        self.setItem(a[1], v);
                    }
                    return v;
                }),
                method(d, "pop", "self, key, default=?, /", (loc, a) -> {
                    Object v = ((PDict) a[0]).removeItem(a[1]);
                    if (v == null) {
                        if (given(a[2])) {
                            return a[2];
                        }
                        throw PythonErrors.raiseWithArgs(loc, BuiltinTypes.KEY_ERROR, a[1]);
                    }
                    return v;
                }),
                method(d, "popitem", "self", (loc, a) -> {
                    Map.Entry<PDict.Key, Object> e = ((PDict) a[0]).popLast();
                    if (e == null) {
                        throw PythonErrors.raise(loc, BuiltinTypes.KEY_ERROR, "popitem(): dictionary is empty");
                    }
                    return new PTuple(new Object[]{e.getKey().get(), e.getValue()});
                }),
                method(d, "keys", "self", (loc, a) -> new DictViews.View((PDict) a[0], DictViews.Kind.KEYS)),
                method(d, "values", "self", (loc, a) -> new DictViews.View((PDict) a[0], DictViews.Kind.VALUES)),
                method(d, "items", "self", (loc, a) -> new DictViews.View((PDict) a[0], DictViews.Kind.ITEMS)),
                method(d, "update", "self, *args, **kwargs", (loc, a) -> {
                    update(loc, (PDict) a[0], (PTuple) a[1], (PDict) a[2], "update");
                    return PNone.NONE;
                }),
                method(d, "clear", "self", (loc, a) -> {
                    ((PDict) a[0]).clear();
                    return PNone.NONE;
                }),
                method(d, "copy", "self", (loc, a) -> {
                    PDict r = new PDict();
                    r.putAll((PDict) a[0]);
                    return r;
                }),
                JavaBuiltin.function("fromkeys", "cls, iterable, value=?, /", (loc, a) -> {
                    Object r = ObjectProtocol.call(loc, a[0]);
                    Object v = given(a[2]) ? a[2] : PNone.NONE;
                    for (Object k : Containers.toArray(loc, a[1])) {
                        PyObjectItems.setItem(loc, r, k, v);
                    }
                    return r;
                }),
                method(d, "__getitem__", "self, key", (loc, a) -> PyObjectItems.builtinGetItem(loc, a[0], a[1])),
                method(d, "__setitem__", "self, key, value", (loc, a) -> {
                    PyObjectItems.builtinSetItem(loc, a[0], a[1], a[2]);
                    return PNone.NONE;
                }),
                method(d, "__delitem__", "self, key", (loc, a) -> {
                    PyObjectItems.builtinDelItem(loc, a[0], a[1]);
                    return PNone.NONE;
                }),
                method(d, "__contains__", "self, key", (loc, a) -> ((PDict) a[0]).containsKey(a[1])),
                method(d, "__len__", "self", (loc, a) -> (long) ((PDict) a[0]).size()),
                method(d, "__iter__", "self", (loc, a) -> DictViews.keyIterator((PDict) a[0])),
                method(d, "__repr__", "self", (loc, a) -> PyStr.fromJava(Containers.repr(loc, a[0])))));
        d.define("fromkeys", org.pyj.interpreter.runtime.PDescriptors.PClassMethod.ofBuiltin(d, "fromkeys"));
    }

    /** dict(...) and dict.update(...): a mapping or an iterable of pairs, then keywords. */
    public static void update(Node loc, PDict dict, PTuple args, PDict kwargs, String fn) {
        if (args.size() > 1) {
            throw PythonErrors.typeError(loc, "%s expected at most 1 argument, got %d", fn, args.size());
        }
        if (args.size() == 1) {
            Object src = args.get(0);
            if (src instanceof PDict || ObjectProtocol.lookupAttr(loc, src, "keys") != null) {
                DictLiteralNode.mergeMapping(loc, dict, src);
            } else {
                Object[] items = Containers.toArray(loc, src);
                for (int i = 0; i < items.length; i++) {
                    Object[] pair;
                    try {
                        pair = Containers.toArray(loc, items[i]);
                    } catch (org.pyj.interpreter.exceptions.PException e) {
                        throw PythonErrors.typeError(loc, "cannot convert dictionary update sequence element #%d to a sequence", i);
                    }
                    if (pair.length != 2) {
                        throw PythonErrors.valueError(loc, "dictionary update sequence element #%d has length %d; 2 is required",
                                i, pair.length);
                    }
                    dict.setItem(pair[0], pair[1]);
                }
            }
        }
        dict.putAll(kwargs);
    }

    static String name(Object o) {
        return o instanceof TruffleString s ? PyStr.toJava(s) : PythonTypeOf.typeName(o);
    }

    static PList list(Object[] items) {
        return new PList(items);
    }
}

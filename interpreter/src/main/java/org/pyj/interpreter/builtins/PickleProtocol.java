package org.pyj.interpreter.builtins;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.nodes.statement.ImportNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PInstanceDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonObject;

/**
 * The copy and pickle protocol of objects (CPython's typeobject.c and exceptions.c):
 * {@code object.__reduce_ex__}, {@code __reduce__}, {@code __getstate__}, and BaseException's
 * {@code __reduce__}/{@code __setstate__}. Protocol 2 and up reduce to
 * {@code copyreg.__newobj__}, the older protocols to {@code copyreg._reduce_ex}, as CPython does:
 * both need the copyreg module.
 */
public final class PickleProtocol {
    private PickleProtocol() {
    }

    public static void install(PyjContext context) {
        PyType o = BuiltinTypes.OBJECT;
        context.defineMethods(o, List.of(
                method(o, "__reduce_ex__", "self, protocol, /", (loc, a) -> reduceEx(loc, a[0], a[1])),
                method(o, "__reduce__", "self", (loc, a) -> commonReduce(loc, a[0], 0)),
                method(o, "__getstate__", "self", (loc, a) -> getState(loc, a[0]))));
        PyType e = BuiltinTypes.BASE_EXCEPTION;
        context.defineMethods(e, List.of(
                method(e, "__reduce__", "self", (loc, a) -> {
                    PBaseException exc = (PBaseException) a[0];
                    // With a dict (once made, or once it has attributes): the dict too.
                    PDict dict = PInstanceDict.existing(exc);
                    if (dict == null && DynamicObjectLibrary.getUncached().getKeyArray(exc).length > 0) {
                        dict = PInstanceDict.of(exc);
                    }
                    return dict == null ? new PTuple(new Object[]{exc.getType(), exc.getArgs()})
                            : new PTuple(new Object[]{exc.getType(), exc.getArgs(), dict});
                }),
                method(e, "__setstate__", "self, state, /", (loc, a) -> {
                    if (a[1] != PNone.NONE) {
                        if (!(a[1] instanceof PDict d)) {
                            throw PythonErrors.typeError(loc, "state is not a dictionary");
                        }
                        for (Object k : d.keysArray()) {
                            ObjectProtocol.setAttr(loc, a[0], PyStr.toJava(org.pyj.interpreter.builtins.StrArgs.str(loc, k,
                                    "setattr", "attribute name")), d.getItem(loc, k));
                        }
                    }
                    return PNone.NONE;
                })));
    }

    /** object.__reduce_ex__: a class's own __reduce__ wins; else the common reduction for the protocol. */
    @TruffleBoundary
    private static Object reduceEx(Node loc, Object self, Object protocol) {
        long proto = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, protocol);
        Object reduce = ObjectProtocol.typeOf(self).lookup("__reduce__");
        if (reduce != null && reduce != BuiltinTypes.OBJECT.getOwn("__reduce__")) {
            return ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, self, "__reduce__"));
        }
        return commonReduce(loc, self, proto);
    }

    @TruffleBoundary
    private static Object commonReduce(Node loc, Object self, long proto) {
        PyjContext context = PyjContext.get(loc);
        Object copyreg = ImportNode.importModule(loc, context, "copyreg");
        if (proto < 2) {
            return ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, copyreg, "_reduce_ex"), self, proto);
        }
        return reduceNewObj(loc, self, copyreg);
    }

    /** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, list items, dict items). */
    private static Object reduceNewObj(Node loc, Object self, Object copyreg) {
        PyType type = ObjectProtocol.typeOf(self);
        Object newArgs = PTuple.EMPTY;
        Object getNewArgs = ObjectProtocol.lookupAttr(loc, self, "__getnewargs__");
        if (getNewArgs != null) {
            newArgs = ObjectProtocol.call(loc, getNewArgs);
            if (!(newArgs instanceof PTuple)) {
                throw PythonErrors.typeError(loc, "__getnewargs__ should return a tuple, not '%s'",
                        org.pyj.interpreter.runtime.PythonTypeOf.typeName(newArgs));
            }
        }
        PTuple args = (PTuple) newArgs;
        Object[] clsArgs = new Object[args.size() + 1];
        clsArgs[0] = type;
        System.arraycopy(args.getItems(), 0, clsArgs, 1, args.size());
        Object state = ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, self, "__getstate__"));
        Object listItems = self instanceof PList ? Containers.getIter(loc, self) : PNone.NONE;
        Object dictItems = self instanceof PDict ? Containers.getIter(loc, ObjectProtocol.call(loc,
                ObjectProtocol.getAttr(loc, self, "items"))) : PNone.NONE;
        return new PTuple(new Object[]{ObjectProtocol.getAttr(loc, copyreg, "__newobj__"), new PTuple(clsArgs), state,
            listItems, dictItems});
    }

    /** object.__getstate__ (3.11): the instance dict (None when empty), with the slots' values beside it. */
    @TruffleBoundary
    private static Object getState(Node loc, Object self) {
        Object state = PNone.NONE;
        if (self instanceof PythonObject p && ObjectProtocol.typeOf(self).hasInstanceDict()) {
            PDict dict = PInstanceDict.of(p);
            if (dict.size() > 0) {
                state = dict;
            }
        }
        List<String> slotNames = slotNames(loc, ObjectProtocol.typeOf(self));
        if (!slotNames.isEmpty() && self instanceof PythonObject p) {
            PDict slots = new PDict();
            for (String name : slotNames) {
                Object v = DynamicObjectLibrary.getUncached().getOrDefault(p, name, null);
                if (v != null) {
                    slots.setItem(PyStr.fromJava(name), v);
                }
            }
            if (slots.size() > 0) {
                state = new PTuple(new Object[]{state, slots});
            }
        }
        return state;
    }

    /**
     * copyreg._slotnames: every class's {@code __slots__} along the MRO, in the order written
     * (mangled), without {@code __dict__} and {@code __weakref__}.
     */
    private static List<String> slotNames(Node loc, PyType type) {
        List<String> names = new ArrayList<>();
        for (PyType t : type.getMro()) {
            Object slots = t.isBuiltin() ? null : t.getOwn("__slots__");
            if (slots == null) {
                continue;
            }
            Object[] items = slots instanceof com.oracle.truffle.api.strings.TruffleString ? new Object[]{slots}
                    : Containers.toArray(loc, slots);
            for (Object item : items) {
                String n = org.pyj.interpreter.translator.PrivateNames.mangle(t.getName(),
                        PyStr.toJava((com.oracle.truffle.api.strings.TruffleString) item));
                if (!n.equals("__dict__") && !n.equals("__weakref__")) {
                    names.add(n);
                }
            }
        }
        return names;
    }
}

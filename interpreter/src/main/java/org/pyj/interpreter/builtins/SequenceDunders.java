package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PValueInstance;
import org.pyj.interpreter.runtime.PyType;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/**
 * The special methods of str and tuple as attributes: what a subclass inherits
 * ({@code class Name(str)}, named tuples) and what {@code str.__add__} or {@code tuple.__len__}
 * name. Self arrives as the plain value (see {@link JavaBuiltin}); the other operand is
 * unwrapped here. The operators on plain values do not come through these.
 */
public final class SequenceDunders {
    private SequenceDunders() {
    }

    public static void install(PyjContext context) {
        context.defineMethods(BuiltinTypes.STR, common(BuiltinTypes.STR, TruffleString.class));
        context.defineMethods(BuiltinTypes.STR, List.of(
                method(BuiltinTypes.STR, "__str__", "self", (loc, a) -> a[0]),
                method(BuiltinTypes.STR, "__getnewargs__", "self", (loc, a) -> new PTuple(new Object[]{a[0]})),
                method(BuiltinTypes.STR, "__iter__", "self", (loc, a) -> Containers.builtinGetIter(loc, a[0]))));
        PyType t = BuiltinTypes.TUPLE;
        context.defineMethods(t, common(t, PTuple.class));
        context.defineMethods(t, List.of(
                method(t, "__len__", "self", (loc, a) -> (long) ((PTuple) a[0]).size()),
                method(t, "__getitem__", "self, key, /", (loc, a) -> PyObjectItems.builtinGetItem(loc, a[0], a[1])),
                method(t, "__contains__", "self, key, /", (loc, a) -> Containers.builtinContains(loc, a[0], a[1])),
                method(t, "__iter__", "self", (loc, a) -> Containers.builtinGetIter(loc, a[0])),
                method(t, "__getnewargs__", "self", (loc, a) -> new PTuple(new Object[]{a[0]}))));
    }

    private static List<BuiltinSpec> common(PyType t, Class<?> valueClass) {
        List<BuiltinSpec> specs = new ArrayList<>();
        specs.add(method(t, "__repr__", "self", (loc, a) -> ObjectProtocol.repr(loc, a[0])));
        specs.add(method(t, "__hash__", "self", (loc, a) -> ObjectProtocol.hash(loc, a[0])));
        specs.add(method(t, "__add__", "self, value, /", (loc, a) -> BuiltinArithmetic.add(loc, a[0], PValueInstance.unwrap(a[1]))));
        specs.add(method(t, "__mul__", "self, value, /", (loc, a) -> BuiltinArithmetic.multiply(loc, a[0], PValueInstance.unwrap(a[1]))));
        specs.add(method(t, "__rmul__", "self, value, /", (loc, a) -> BuiltinArithmetic.multiply(loc, PValueInstance.unwrap(a[1]), a[0])));
        for (CompareOp op : CompareOp.values()) {
            specs.add(method(t, op.dunder(), "self, value, /", (loc, a) -> {
                Object other = PValueInstance.unwrap(a[1]);
                return valueClass.isInstance(other) ? ObjectProtocol.richCompare(loc, a[0], other, op) : PSingleton.NOT_IMPLEMENTED;
            }));
        }
        return specs;
    }
}

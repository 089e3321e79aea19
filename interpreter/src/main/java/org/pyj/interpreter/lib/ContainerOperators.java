package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.builtins.SetBuiltins;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PSet;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The operators of list, dict and set: concatenation and repetition of lists ({@code +=} and
 * {@code *=} extend in place), dict union, and the set algebra.
 */
public final class ContainerOperators {
    private ContainerOperators() {
    }

    /** The result, or null when the operands are not such containers. */
    @TruffleBoundary
    public static Object binary(Node location, Object a, Object b, String op, boolean inPlace) {
        if (a instanceof PList l) {
            switch (op) {
                case "__add__":
                    if (inPlace) {
                        for (Object o : Containers.toArray(location, b)) {
                            l.append(o);
                        }
                        return l;
                    }
                    if (!(b instanceof PList r)) {
                        throw PythonErrors.typeError(location, "can only concatenate list (not \"%s\") to list",
                                PythonTypeOf.typeName(b));
                    }
                    Object[] x = l.toArray();
                    Object[] y = r.toArray();
                    Object[] out = java.util.Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, out, x.length, y.length);
                    return new PList(out);
                case "__mul__":
                    return repeat(location, l, b, inPlace);
                default:
                    return null;
            }
        }
        if (b instanceof PList l && op.equals("__mul__") && !(a instanceof com.oracle.truffle.api.strings.TruffleString)
                && !(a instanceof org.pyj.interpreter.runtime.PTuple) && !ObjectProtocol.isUserObject(a)) {
            // The list's sq_repeat, asked when the left operand has none: its count must be an int.
            return repeat(location, l, a, false);
        }
        if (a instanceof PDict x && b instanceof PDict y && op.equals("__or__")) {
            if (inPlace) {
                x.putAll(y);
                return x;
            }
            PDict r = new PDict();
            r.putAll(x);
            r.putAll(y);
            return r;
        }
        if (a instanceof PDict x && op.equals("__or__") && inPlace && !(b instanceof PDict)) {
            org.pyj.interpreter.builtins.DictBuiltins.update(location, x, new org.pyj.interpreter.runtime.PTuple(new Object[]{b}),
                    new PDict(), "update");
            return x;
        }
        if ((a instanceof DictViews.View va && va.getKind() != DictViews.Kind.VALUES)
                || (b instanceof DictViews.View vb && vb.getKind() != DictViews.Kind.VALUES)) {
            if (a instanceof DictViews.View || a instanceof PSet || b instanceof DictViews.View || b instanceof PSet) {
                int kind = switch (op) {
                    case "__or__" -> 0;
                    case "__and__" -> 1;
                    case "__sub__" -> 2;
                    case "__xor__" -> 3;
                    default -> -1;
                };
                if (kind >= 0 && !inPlace) {
                    // dictviews_or and friends: a set of the left operand's items, then the operation.
                    PSet left = SetBuiltins.asSet(location, a);
                    PSet right = SetBuiltins.asSet(location, b);
                    return SetBuiltins.apply(location, left, right, kind);
                }
            }
        }
        if (a instanceof PSet x && b instanceof PSet y) {
            int kind = switch (op) {
                case "__or__" -> 0;
                case "__and__" -> 1;
                case "__sub__" -> 2;
                case "__xor__" -> 3;
                default -> -1;
            };
            if (kind < 0) {
                return null;
            }
            if (inPlace && !x.isFrozen()) {
                switch (kind) {
                    case 0 -> x.merge(location, y);
                    case 1 -> x.takeTable(SetBuiltins.apply(location, x, y, 1));
                    case 2 -> SetBuiltins.differenceUpdate(location, x, y);
                    default -> SetBuiltins.symmetricDifferenceUpdate(location, x, y);
                }
                return x;
            }
            return SetBuiltins.apply(location, x, y, kind);
        }
        return null;
    }

    private static Object repeat(Node location, PList l, Object count, boolean inPlace) {
        if (!BuiltinArithmetic.isInt(count)) {
            throw PythonErrors.typeError(location, "can't multiply sequence by non-int of type '%s'",
                    PythonTypeOf.typeName(count));
        }
        java.math.BigInteger n = BuiltinArithmetic.toBig(count);
        Object[] items = l.toArray();
        long times = n.signum() <= 0 ? 0 : n.bitLength() > 31 ? Long.MAX_VALUE : n.longValue();
        if (items.length > 0 && times * items.length > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(location, BuiltinTypes.MEMORY_ERROR, "");
        }
        Object[] out = new Object[(int) (times * items.length)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        if (inPlace) {
            l.setItems(out, out.length);
            return l;
        }
        return new PList(out);
    }
}

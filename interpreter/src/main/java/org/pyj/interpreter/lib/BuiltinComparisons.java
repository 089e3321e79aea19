package org.pyj.interpreter.lib;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.PComplex;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** The generic (slow) path of comparisons, identity and containment for the builtin types. */
public final class BuiltinComparisons {
    private BuiltinComparisons() {
    }

    @TruffleBoundary
    public static boolean compare(Node location, Object a, Object b, CompareOp op) {
        if (a instanceof PComplex || b instanceof PComplex) {
            return compareComplex(location, a, b, op);
        }
        if (BuiltinArithmetic.isInt(a) && BuiltinArithmetic.isInt(b)) {
            return op.test(BuiltinArithmetic.toBig(a).compareTo(BuiltinArithmetic.toBig(b)));
        }
        if (BuiltinArithmetic.isNumber(a) && BuiltinArithmetic.isNumber(b)) {
            int cmp;
            if (a instanceof Double x && b instanceof Double y) {
                return compareDoubles(x, y, op);
            } else if (a instanceof Double x) {
                cmp = BuiltinArithmetic.compareIntFloat(BuiltinArithmetic.toBig(b), x);
                cmp = cmp == 2 ? 2 : -cmp;
            } else {
                cmp = BuiltinArithmetic.compareIntFloat(BuiltinArithmetic.toBig(a), (Double) b);
            }
            return cmp == 2 ? op == CompareOp.NE : op.test(cmp);
        }
        if (a instanceof TruffleString x && b instanceof TruffleString y) {
            return op.test(PyStr.compare(x, y));
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return compareTuples(location, x, y, op);
        }
        if (op == CompareOp.EQ) {
            return isSame(a, b) || (a instanceof PRange r && b instanceof PRange s && rangeEquals(r, s));
        } else if (op == CompareOp.NE) {
            return !(isSame(a, b) || (a instanceof PRange r && b instanceof PRange s && rangeEquals(r, s)));
        }
        throw PythonErrors.typeError(location, "'%s' not supported between instances of '%s' and '%s'", op.symbol(),
                PythonTypeOf.typeName(a), PythonTypeOf.typeName(b));
    }

    /** complex has only == and != (with numbers; anything else is compared by identity). */
    private static boolean compareComplex(Node location, Object a, Object b, CompareOp op) {
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            Boolean equal = ComplexArithmetic.equal(a, b);
            return (equal != null ? equal : isSame(a, b)) == (op == CompareOp.EQ);
        }
        throw PythonErrors.typeError(location, "'%s' not supported between instances of '%s' and '%s'", op.symbol(),
                PythonTypeOf.typeName(a), PythonTypeOf.typeName(b));
    }

    public static boolean compareDoubles(double x, double y, CompareOp op) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    private static boolean rangeEquals(PRange r, PRange s) {
        long n = r.length();
        if (n != s.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (r.getStart() != s.getStart()) {
            return false;
        }
        return n == 1 || r.getStep() == s.getStep();
    }

    private static boolean compareTuples(Node location, PTuple x, PTuple y, CompareOp op) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            Object a = x.get(i);
            Object b = y.get(i);
            if (!(isSame(a, b) || compare(location, a, b, CompareOp.EQ))) {
                if (op == CompareOp.EQ) {
                    return false;
                } else if (op == CompareOp.NE) {
                    return true;
                }
                return compare(location, a, b, op);
            }
        }
        return op.test(Integer.compare(x.size(), y.size()));
    }

    /** Python's {@code is}: identity, with value identity for the unboxed primitive representations. */
    @TruffleBoundary
    public static boolean isSame(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return a.equals(b);
        }
        if ((a instanceof Integer || a instanceof Long) && (b instanceof Integer || b instanceof Long)) {
            return ((Number) a).longValue() == ((Number) b).longValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof TruffleString x && b instanceof TruffleString y) {
            return PyStr.equal(x, y);
        }
        return false;
    }

    /** {@code item in container} (PySequence_Contains). */
    @TruffleBoundary
    public static boolean contains(Node location, Object container, Object item) {
        if (container instanceof TruffleString s) {
            if (!(item instanceof TruffleString needle)) {
                throw PythonErrors.typeError(location, "'in <string>' requires string as left operand, not %s",
                        PythonTypeOf.typeName(item));
            }
            return PyStr.contains(s, needle);
        } else if (container instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (isSame(o, item) || compare(location, o, item, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PRange r) {
            if (!BuiltinArithmetic.isInt(item)) {
                return false;
            }
            BigInteger v = BuiltinArithmetic.toBig(item);
            BigInteger start = BigInteger.valueOf(r.getStart());
            BigInteger step = BigInteger.valueOf(r.getStep());
            BigInteger stop = BigInteger.valueOf(r.getStop());
            boolean inBounds = r.getStep() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                    : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
            return inBounds && v.subtract(start).mod(step.abs()).signum() == 0;
        }
        if (container instanceof org.pyj.interpreter.runtime.PBigRange r) {
            if (!BuiltinArithmetic.isInt(item)) {
                return false;
            }
            BigInteger v = BuiltinArithmetic.toBig(item);
            boolean inBounds = r.getStep().signum() > 0 ? v.compareTo(r.getStart()) >= 0 && v.compareTo(r.getStop()) < 0
                    : v.compareTo(r.getStart()) <= 0 && v.compareTo(r.getStop()) > 0;
            return inBounds && v.subtract(r.getStart()).mod(r.getStep().abs()).signum() == 0;
        }
        throw PythonErrors.typeError(location, "argument of type '%s' is not iterable", PythonTypeOf.typeName(container));
    }

    static boolean isNone(Object o) {
        return o == PNone.NONE;
    }
}

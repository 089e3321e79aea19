package org.pyj.interpreter.lib;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PComplex;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PValueInstance;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The generic (slow) path of the numeric operators for the builtin types: any mix of bool,
 * int (int/long/PInt), float, complex, str and tuple, with CPython's results and error messages.
 * The PyNumber*Node classes handle the hot type combinations inline and fall back to this.
 */
public final class BuiltinArithmetic {
    private static final BigInteger TWO_POW_53 = BigInteger.ONE.shiftLeft(53);

    private BuiltinArithmetic() {
    }

    // ------------------------------------------------------------------ coercions

    /** Whether {@code o} is a Python int (bool included). */
    public static boolean isInt(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof PInt || o instanceof Boolean;
    }

    public static boolean isNumber(Object o) {
        return isInt(o) || o instanceof Double;
    }

    @TruffleBoundary
    public static BigInteger toBig(Object o) {
        if (o instanceof Integer i) {
            return BigInteger.valueOf(i);
        } else if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((PInt) o).getValue();
    }

    /** int → float with CPython's rounding and OverflowError. */
    @TruffleBoundary
    public static double toDouble(Node location, Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Integer i) {
            return i;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        double d = ((PInt) o).getValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflow(location, "int too large to convert to float");
        }
        return d;
    }

    static RuntimeException unsupported(Node location, String op, Object a, Object b) {
        if (location instanceof PyNumberBinaryNode n && n.isInPlace()) {
            op = op.startsWith("**") ? "**=" : op + "=";
        }
        throw PythonErrors.typeError(location, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                PythonTypeOf.typeName(a), PythonTypeOf.typeName(b));
    }

    // ------------------------------------------------------------------ operators

    /**
     * The operators of the container types (list, dict, set) and of classes defined in Python,
     * checked before the numeric paths; null when neither operand is such a value.
     */
    private static Object specialBinary(Node location, Object a, Object b, String op, String rop, String symbol,
            boolean userTried) {
        boolean inPlace = location instanceof PyNumberBinaryNode n && n.isInPlace();
        Object r = userTried ? null : ObjectProtocol.userBinaryOp(location, a, b, op, rop, symbol, inPlace);
        if (r != null) {
            return r;
        }
        r = ContainerOperators.binary(location, a, b, op, inPlace);
        if (r != null) {
            return r;
        }
        // An instance of a subclass of int, float, str or tuple goes on as its value (str + MyStr).
        // (A class with a metaclass goes on too: type's own operators, int | MyABC.)
        boolean userA = ObjectProtocol.isUserObject(a) && !(a instanceof PValueInstance) && !(a instanceof PyType);
        boolean userB = ObjectProtocol.isUserObject(b) && !(b instanceof PValueInstance) && !(b instanceof PyType);
        if (userA || userB) {
            throw ObjectProtocol.unsupportedOperands(location, a, b, symbol, inPlace);
        }
        return null;
    }

    public static Object add(Node location, Object a, Object b) {
        return add(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object add(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__add__", "__radd__", "+", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            return PInt.normalize(toBig(a).add(toBig(b)));
        } else if (isNumber(a) && isNumber(b)) {
            return toDouble(location, a) + toDouble(location, b);
        } else if (ComplexArithmetic.applies(a, b)) {
            return ComplexArithmetic.add(location, a, b);
        } else if (a instanceof TruffleString x && b instanceof TruffleString y) {
            return PyStr.concat(x, y);
        } else if (a instanceof PTuple x && b instanceof PTuple y) {
            Object[] r = new Object[x.size() + y.size()];
            System.arraycopy(x.getItems(), 0, r, 0, x.size());
            System.arraycopy(y.getItems(), 0, r, x.size(), y.size());
            return new PTuple(r);
        } else if (a instanceof TruffleString && !(b instanceof TruffleString) && !isNumber(b)) {
            throw PythonErrors.typeError(location, "can only concatenate str (not \"%s\") to str", PythonTypeOf.typeName(b));
        } else if (a instanceof TruffleString) {
            throw PythonErrors.typeError(location, "can only concatenate str (not \"%s\") to str", PythonTypeOf.typeName(b));
        } else if (a instanceof PTuple) {
            throw PythonErrors.typeError(location, "can only concatenate tuple (not \"%s\") to tuple", PythonTypeOf.typeName(b));
        }
        throw unsupported(location, "+", a, b);
    }

    public static Object subtract(Node location, Object a, Object b) {
        return subtract(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object subtract(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__sub__", "__rsub__", "-", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            return PInt.normalize(toBig(a).subtract(toBig(b)));
        } else if (isNumber(a) && isNumber(b)) {
            return toDouble(location, a) - toDouble(location, b);
        } else if (ComplexArithmetic.applies(a, b)) {
            return ComplexArithmetic.subtract(location, a, b);
        }
        throw unsupported(location, "-", a, b);
    }

    public static Object multiply(Node location, Object a, Object b) {
        return multiply(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object multiply(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__mul__", "__rmul__", "*", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            return PInt.normalize(toBig(a).multiply(toBig(b)));
        } else if (isNumber(a) && isNumber(b)) {
            return toDouble(location, a) * toDouble(location, b);
        } else if (ComplexArithmetic.applies(a, b)) {
            return ComplexArithmetic.multiply(location, a, b);
        } else if (isInt(a) && (b instanceof TruffleString || b instanceof PTuple)) {
            return repeat(location, b, a);
        } else if (isInt(b) && (a instanceof TruffleString || a instanceof PTuple)) {
            return repeat(location, a, b);
        } else if ((a instanceof TruffleString || a instanceof PTuple) && !isInt(b)) {
            throw PythonErrors.typeError(location, "can't multiply sequence by non-int of type '%s'", PythonTypeOf.typeName(b));
        } else if ((b instanceof TruffleString || b instanceof PTuple) && !isInt(a)) {
            throw PythonErrors.typeError(location, "can't multiply sequence by non-int of type '%s'", PythonTypeOf.typeName(a));
        }
        throw unsupported(location, "*", a, b);
    }

    private static Object repeat(Node location, Object seq, Object count) {
        BigInteger n = toBig(count);
        if (n.signum() <= 0) {
            return seq instanceof TruffleString ? PyStr.EMPTY : PTuple.EMPTY;
        }
        if (seq instanceof TruffleString s) {
            int len = PyStr.length(s);
            if (len == 0) {
                return s;
            }
            if (n.bitLength() > 31 || (long) len * n.intValue() > Integer.MAX_VALUE - 8) {
                throw PythonErrors.raise(location, BuiltinTypes.MEMORY_ERROR, "");
            }
            return s.repeatUncached(n.intValue(), PyStr.ENCODING);
        }
        PTuple t = (PTuple) seq;
        if (t.size() == 0) {
            return t;
        }
        if (n.bitLength() > 31 || (long) t.size() * n.intValue() > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(location, BuiltinTypes.MEMORY_ERROR, "");
        }
        int times = n.intValue();
        Object[] r = new Object[t.size() * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(t.getItems(), 0, r, i * t.size(), t.size());
        }
        return new PTuple(r);
    }

    public static Object trueDivide(Node location, Object a, Object b) {
        return trueDivide(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object trueDivide(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__truediv__", "__rtruediv__", "/", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            return intTrueDivide(location, toBig(a), toBig(b));
        } else if (isNumber(a) && isNumber(b)) {
            double y = toDouble(location, b);
            if (y == 0) {
                throw PythonErrors.zeroDivision(location, "float division by zero");
            }
            return toDouble(location, a) / y;
        } else if (ComplexArithmetic.applies(a, b)) {
            return ComplexArithmetic.trueDivide(location, a, b);
        }
        throw unsupported(location, "/", a, b);
    }

    /** Correctly rounded int / int, as CPython's long_true_divide. */
    public static double intTrueDivide(Node location, BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonErrors.zeroDivision(location, "division by zero");
        }
        if (a.abs().compareTo(TWO_POW_53) <= 0 && b.abs().compareTo(TWO_POW_53) <= 0) {
            return a.doubleValue() / b.doubleValue();
        }
        boolean negative = a.signum() * b.signum() < 0;
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the quotient has 55+ significant bits; cap the scale so that results in the
        // subnormal range keep two extra bits and round once.
        int shift = 55 - (x.bitLength() - y.bitLength());
        shift = Math.min(shift, 1076);
        if (shift > 0) {
            x = x.shiftLeft(shift);
        } else {
            y = y.shiftLeft(-shift);
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double result;
        int excess = q.bitLength() - 55;
        if (excess > 0 && shift > 0) {
            // Round q to 55 bits keeping sticky information, then scale exactly.
            boolean sticky = q.getLowestSetBit() < excess;
            q = q.shiftRight(excess);
            if (sticky) {
                q = q.setBit(0);
            }
            shift -= excess;
        }
        result = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(result)) {
            throw PythonErrors.overflow(location, "integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    public static Object floorDivide(Node location, Object a, Object b) {
        return floorDivide(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object floorDivide(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__floordiv__", "__rfloordiv__", "//", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            BigInteger y = toBig(b);
            if (y.signum() == 0) {
                throw PythonErrors.zeroDivision(location, "integer division or modulo by zero");
            }
            return PInt.normalize(floorDiv(toBig(a), y));
        } else if (isNumber(a) && isNumber(b)) {
            double y = toDouble(location, b);
            if (y == 0) {
                throw PythonErrors.zeroDivision(location, "float floor division by zero");
            }
            return floatDivmod(toDouble(location, a), y)[0];
        }
        throw unsupported(location, "//", a, b);
    }

    public static Object remainder(Node location, Object a, Object b) {
        return remainder(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object remainder(Node location, Object a, Object b, boolean userTried) {
        if (a instanceof TruffleString format) {
            // str's nb_remainder formats whatever the right operand is; its __rmod__ is never asked.
            return org.pyj.interpreter.formatting.PercentFormat.format(location, format, b);
        }
        Object special = specialBinary(location, a, b, "__mod__", "__rmod__", "%", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            BigInteger y = toBig(b);
            if (y.signum() == 0) {
                throw PythonErrors.zeroDivision(location, "integer modulo by zero");
            }
            return PInt.normalize(floorMod(toBig(a), y));
        } else if (isNumber(a) && isNumber(b)) {
            double y = toDouble(location, b);
            if (y == 0) {
                throw PythonErrors.zeroDivision(location, "float modulo");
            }
            return floatDivmod(toDouble(location, a), y)[1];
        }
        throw unsupported(location, "%", a, b);
    }

    public static Object divmod(Node location, Object a, Object b) {
        return divmod(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object divmod(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__divmod__", "__rdivmod__", "divmod()", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            BigInteger y = toBig(b);
            if (y.signum() == 0) {
                throw PythonErrors.zeroDivision(location, "integer division or modulo by zero");
            }
            BigInteger x = toBig(a);
            return new PTuple(new Object[]{PInt.normalize(floorDiv(x, y)), PInt.normalize(floorMod(x, y))});
        } else if (isNumber(a) && isNumber(b)) {
            double y = toDouble(location, b);
            if (y == 0) {
                throw PythonErrors.zeroDivision(location, "float divmod()");
            }
            double[] r = floatDivmod(toDouble(location, a), y);
            return new PTuple(new Object[]{r[0], r[1]});
        }
        throw unsupported(location, "divmod()", a, b);
    }

    public static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    public static BigInteger floorMod(BigInteger x, BigInteger y) {
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return r;
    }

    /** CPython's float_divmod: {floor quotient, remainder with the divisor's sign}. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    public static Object power(Node location, Object a, Object b) {
        return power(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object power(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__pow__", "__rpow__", "** or pow()", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            BigInteger x = toBig(a);
            BigInteger y = toBig(b);
            if (y.signum() < 0) {
                double fx = toDouble(location, a);
                if (fx == 0) {
                    throw PythonErrors.zeroDivision(location, "0.0 cannot be raised to a negative power");
                }
                return floatPower(location, fx, toDouble(location, b));
            }
            if (x.equals(BigInteger.ONE) || x.signum() == 0) {
                return y.signum() == 0 ? 1L : PInt.normalize(x);
            }
            if (x.equals(BigInteger.ONE.negate())) {
                return y.testBit(0) ? -1L : 1L;
            }
            if (y.bitLength() > 31) {
                throw PythonErrors.raise(location, BuiltinTypes.MEMORY_ERROR, "");
            }
            return PInt.normalize(x.pow(y.intValue()));
        } else if (isNumber(a) && isNumber(b)) {
            double x = toDouble(location, a);
            double y = toDouble(location, b);
            if (x < 0 && !Double.isInfinite(x) && !Double.isNaN(y) && !Double.isInfinite(y) && y != Math.floor(y)) {
                // float_pow: a negative number to a fractional power is complex.
                return ComplexArithmetic.power(location, a, b);
            }
            return floatPower(location, x, y);
        } else if (ComplexArithmetic.applies(a, b)) {
            return ComplexArithmetic.power(location, a, b);
        }
        throw unsupported(location, "** or pow()", a, b);
    }

    /** CPython's float_pow, once {@link #power} has sent negative bases with fractional exponents to complex. */
    public static double floatPower(Node location, double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw PythonErrors.zeroDivision(location, "0.0 cannot be raised to a negative power");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PythonErrors.raiseWithArgs(location, BuiltinTypes.OVERFLOW_ERROR, 34L,
                    PyStr.fromJava("Numerical result out of range"));
        }
        return r;
    }

    @TruffleBoundary
    public static Object powerMod(Node location, Object a, Object b, Object m) {
        // ternary_op: a class's __pow__(b, mod) (three-argument pow never calls __rpow__ with a modulus).
        for (Object o : new Object[]{a, b}) {
            if (ObjectProtocol.isUserObject(o)) {
                Object method = o == a ? ObjectProtocol.lookupSpecial(a, "__pow__") : null;
                if (method != null) {
                    Object r = ObjectProtocol.callSpecial(location, method, a, b, m);
                    if (r != PSingleton.NOT_IMPLEMENTED) {
                        return r;
                    }
                }
            }
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        m = PValueInstance.unwrap(m);
        if (!(isInt(a) && isInt(b) && isInt(m))) {
            // ternary_op asks the slots of the three operands' types in turn: int's declines unless
            // all are ints; float's and complex's refuse any modulus once they accept the operands.
            for (Object o : new Object[]{a, b, m}) {
                if (o instanceof Double && isNumber(a) && isNumber(b)) {
                    throw PythonErrors.typeError(location, "pow() 3rd argument not allowed unless all arguments are integers");
                } else if (o instanceof PComplex && (isNumber(a) || a instanceof PComplex)
                        && (isNumber(b) || b instanceof PComplex)) {
                    throw PythonErrors.valueError(location, "complex modulo");
                }
            }
            throw PythonErrors.typeError(location, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    PythonTypeOf.typeName(a), PythonTypeOf.typeName(b), PythonTypeOf.typeName(m));
        }
        BigInteger x = toBig(a);
        BigInteger y = toBig(b);
        BigInteger z = toBig(m);
        if (z.signum() == 0) {
            throw PythonErrors.valueError(location, "pow() 3rd argument cannot be 0");
        }
        BigInteger mod = z.abs();
        BigInteger r;
        if (y.signum() < 0) {
            try {
                r = x.modInverse(mod).modPow(y.negate(), mod);
            } catch (ArithmeticException e) {
                throw PythonErrors.valueError(location, "base is not invertible for the given modulus");
            }
        } else {
            r = x.mod(mod).modPow(y, mod);
        }
        if (z.signum() < 0 && r.signum() != 0) {
            r = r.add(z);
        }
        return PInt.normalize(r);
    }

    public static Object lshift(Node location, Object a, Object b) {
        return lshift(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object lshift(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__lshift__", "__rlshift__", "<<", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            BigInteger n = toBig(b);
            if (n.signum() < 0) {
                throw PythonErrors.valueError(location, "negative shift count");
            }
            BigInteger x = toBig(a);
            if (x.signum() == 0) {
                return 0L;
            }
            if (n.bitLength() > 31) {
                throw PythonErrors.overflow(location, "too many digits in integer");
            }
            return PInt.normalize(x.shiftLeft(n.intValue()));
        }
        throw unsupported(location, "<<", a, b);
    }

    public static Object rshift(Node location, Object a, Object b) {
        return rshift(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object rshift(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__rshift__", "__rrshift__", ">>", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (isInt(a) && isInt(b)) {
            BigInteger n = toBig(b);
            if (n.signum() < 0) {
                throw PythonErrors.valueError(location, "negative shift count");
            }
            BigInteger x = toBig(a);
            if (n.bitLength() > 31) {
                return x.signum() < 0 ? -1L : 0L;
            }
            return PInt.normalize(x.shiftRight(n.intValue()));
        }
        throw unsupported(location, ">>", a, b);
    }

    public static Object bitAnd(Node location, Object a, Object b) {
        return bitAnd(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object bitAnd(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__and__", "__rand__", "&", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        } else if (isInt(a) && isInt(b)) {
            return PInt.normalize(toBig(a).and(toBig(b)));
        }
        throw unsupported(location, "&", a, b);
    }

    public static Object bitOr(Node location, Object a, Object b) {
        return bitOr(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object bitOr(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__or__", "__ror__", "|", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (org.pyj.interpreter.runtime.PUnionType.isOperand(a) && org.pyj.interpreter.runtime.PUnionType.isOperand(b)) {
            return org.pyj.interpreter.runtime.PUnionType.of(a, b); // int | str
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        } else if (isInt(a) && isInt(b)) {
            return PInt.normalize(toBig(a).or(toBig(b)));
        }
        throw unsupported(location, "|", a, b);
    }

    /** {@code a @ b}: no builtin type has it, so only classes' {@code __matmul__}/{@code __rmatmul__} answer. */
    public static Object matmul(Node location, Object a, Object b) {
        return matmul(location, a, b, false);
    }

    @TruffleBoundary
    public static Object matmul(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__matmul__", "__rmatmul__", "@", userTried);
        if (special != null) {
            return special;
        }
        throw unsupported(location, "@", PValueInstance.unwrap(a), PValueInstance.unwrap(b));
    }

    public static Object bitXor(Node location, Object a, Object b) {
        return bitXor(location, a, b, false);
    }

    /** {@code userTried}: the classes' special methods were already called (the cached path). */
    @TruffleBoundary
    public static Object bitXor(Node location, Object a, Object b, boolean userTried) {
        Object special = specialBinary(location, a, b, "__xor__", "__rxor__", "^", userTried);
        if (special != null) {
            return special;
        }
        a = PValueInstance.unwrap(a);
        b = PValueInstance.unwrap(b);
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        } else if (isInt(a) && isInt(b)) {
            return PInt.normalize(toBig(a).xor(toBig(b)));
        }
        throw unsupported(location, "^", a, b);
    }

    @TruffleBoundary
    public static Object negative(Node location, Object a) {
        Object special = ObjectProtocol.userUnaryOp(location, a, "__neg__", "-");
        if (special != null) {
            return special;
        }
        if (isInt(a)) {
            return PInt.normalize(toBig(a).negate());
        } else if (a instanceof Double d) {
            return -d;
        } else if (a instanceof PComplex c) {
            return c.negate();
        }
        throw PythonErrors.typeError(location, "bad operand type for unary -: '%s'", PythonTypeOf.typeName(a));
    }

    @TruffleBoundary
    public static Object positive(Node location, Object a) {
        Object special = ObjectProtocol.userUnaryOp(location, a, "__pos__", "+");
        if (special != null) {
            return special;
        }
        if (isInt(a)) {
            return PInt.normalize(toBig(a));
        } else if (a instanceof Double || a instanceof PComplex) {
            return a;
        }
        throw PythonErrors.typeError(location, "bad operand type for unary +: '%s'", PythonTypeOf.typeName(a));
    }

    @TruffleBoundary
    public static Object invert(Node location, Object a) {
        Object special = ObjectProtocol.userUnaryOp(location, a, "__invert__", "~");
        if (special != null) {
            return special;
        }
        if (isInt(a)) {
            return PInt.normalize(toBig(a).not());
        }
        throw PythonErrors.typeError(location, "bad operand type for unary ~: '%s'", PythonTypeOf.typeName(a));
    }

    @TruffleBoundary
    public static Object absolute(Node location, Object a) {
        Object special = ObjectProtocol.userUnaryOp(location, a, "__abs__", "abs()");
        if (special != null) {
            return special;
        }
        if (isInt(a)) {
            return PInt.normalize(toBig(a).abs());
        } else if (a instanceof Double d) {
            return Math.abs(d);
        } else if (a instanceof PComplex c) {
            return ComplexArithmetic.abs(location, c);
        }
        throw PythonErrors.typeError(location, "bad operand type for abs(): '%s'", PythonTypeOf.typeName(a));
    }

    /** Exact comparison of an int with a float, as CPython's float_richcompare: -1, 0, 1, or 2 for NaN. */
    @TruffleBoundary
    public static int compareIntFloat(BigInteger i, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        return new BigDecimal(i).compareTo(new BigDecimal(d));
    }
}

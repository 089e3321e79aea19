package org.pyj.interpreter.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.BuiltinComparisons;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PValueInstance;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/**
 * The special methods of int and float as attributes ({@code (5).__add__(3)},
 * {@code int.__mul__}), CPython's slot wrappers: each returns NotImplemented for an operand
 * its type does not handle, and otherwise computes what the operator does. Operators
 * themselves do not go through these (the PyNumber nodes handle builtin numbers directly).
 * Also float's own methods: as_integer_ratio, is_integer, hex and fromhex.
 */
public final class NumberBuiltins {
    private NumberBuiltins() {
    }

    @FunctionalInterface
    private interface Binary {
        Object apply(Node loc, Object a, Object b);
    }

    @FunctionalInterface
    private interface Unary {
        Object apply(Node loc, Object a);
    }

    public static void install(PyjContext context) {
        context.defineMethods(BuiltinTypes.INT, wrappers(BuiltinTypes.INT, true));
        context.defineMethods(BuiltinTypes.FLOAT, wrappers(BuiltinTypes.FLOAT, false));
        context.defineMethods(BuiltinTypes.FLOAT, floatMethods());
        BuiltinTypes.FLOAT.define("fromhex", PDescriptors.PClassMethod.ofBuiltin(BuiltinTypes.FLOAT, "fromhex"));
        BuiltinTypes.FLOAT.define("__getformat__", PDescriptors.PClassMethod.ofBuiltin(BuiltinTypes.FLOAT, "__getformat__"));
    }

    /** Whether a float or int method accepts {@code other} as its second operand. */
    private static boolean accepts(boolean isInt, Object other) {
        Object o = PValueInstance.unwrap(other);
        return isInt ? BuiltinArithmetic.isInt(o) : BuiltinArithmetic.isNumber(o);
    }

    private static List<BuiltinSpec> wrappers(PyType t, boolean isInt) {
        List<BuiltinSpec> specs = new ArrayList<>();
        binary(specs, t, isInt, "add", BuiltinArithmetic::add);
        binary(specs, t, isInt, "sub", BuiltinArithmetic::subtract);
        binary(specs, t, isInt, "mul", BuiltinArithmetic::multiply);
        binary(specs, t, isInt, "truediv", BuiltinArithmetic::trueDivide);
        binary(specs, t, isInt, "floordiv", BuiltinArithmetic::floorDivide);
        binary(specs, t, isInt, "mod", BuiltinArithmetic::remainder);
        binary(specs, t, isInt, "divmod", BuiltinArithmetic::divmod);
        if (isInt) {
            binary(specs, t, true, "lshift", BuiltinArithmetic::lshift);
            binary(specs, t, true, "rshift", BuiltinArithmetic::rshift);
            binary(specs, t, true, "and", BuiltinArithmetic::bitAnd);
            binary(specs, t, true, "or", BuiltinArithmetic::bitOr);
            binary(specs, t, true, "xor", BuiltinArithmetic::bitXor);
            unary(specs, t, "invert", BuiltinArithmetic::invert);
            unary(specs, t, "index", (loc, a) -> toInt(a));
        }
        specs.add(method(t, "__pow__", "self, value, mod=None, /", (loc, a) -> {
            if (!accepts(isInt, a[1])) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            return a[2] == org.pyj.interpreter.runtime.PNone.NONE ? BuiltinArithmetic.power(loc, a[0], v(a[1]))
                    : BuiltinArithmetic.powerMod(loc, a[0], v(a[1]), v(a[2]));
        }));
        specs.add(method(t, "__rpow__", "self, value, mod=None, /", (loc, a) -> {
            if (!accepts(isInt, a[1])) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            return a[2] == org.pyj.interpreter.runtime.PNone.NONE ? BuiltinArithmetic.power(loc, v(a[1]), a[0])
                    : BuiltinArithmetic.powerMod(loc, v(a[1]), a[0], v(a[2]));
        }));
        unary(specs, t, "neg", BuiltinArithmetic::negative);
        unary(specs, t, "pos", BuiltinArithmetic::positive);
        unary(specs, t, "abs", BuiltinArithmetic::absolute);
        unary(specs, t, "bool", (loc, a) -> ObjectProtocol.isTrue(loc, a));
        unary(specs, t, "int", (loc, a) -> isInt ? toInt(a) : truncate(loc, (Double) a));
        unary(specs, t, "float", (loc, a) -> BuiltinArithmetic.toDouble(loc, a));
        unary(specs, t, "trunc", (loc, a) -> isInt ? toInt(a) : truncate(loc, (Double) a));
        unary(specs, t, "floor", (loc, a) -> isInt ? toInt(a) : truncate(loc, Math.floor((Double) a)));
        unary(specs, t, "ceil", (loc, a) -> isInt ? toInt(a) : truncate(loc, Math.ceil((Double) a)));
        specs.add(method(t, "__round__", "self, ndigits=?, /", (loc, a) -> {
            Object round = ObjectProtocol.getAttr(loc, PyjContext.get(loc).getBuiltins(), "round");
            return JavaBuiltin.given(a[1]) ? ObjectProtocol.call(loc, round, a[0], a[1]) : ObjectProtocol.call(loc, round, a[0]);
        }));
        for (CompareOp op : CompareOp.values()) {
            specs.add(method(t, op.dunder(), "self, value, /", (loc, a) -> accepts(isInt, a[1])
                    ? (Object) BuiltinComparisons.compare(loc, a[0], v(a[1]), op) : PSingleton.NOT_IMPLEMENTED));
        }
        specs.add(method(t, "__hash__", "self", (loc, a) -> ObjectProtocol.hash(loc, a[0])));
        specs.add(method(t, "__repr__", "self", (loc, a) -> ObjectProtocol.repr(loc, a[0])));
        specs.add(method(t, "__format__", "self, format_spec, /", (loc, a) -> {
            if (!(a[1] instanceof TruffleString spec)) {
                throw PythonErrors.typeError(loc, "__format__() argument must be str, not %s", PythonTypeOf.typeName(a[1]));
            }
            return org.pyj.interpreter.lib.PyObjectFormatNode.formatSlowPath(loc, a[0], spec);
        }));
        specs.add(method(t, "__getnewargs__", "self", (loc, a) -> new PTuple(new Object[]{isInt ? toInt(a[0]) : a[0]})));
        return specs;
    }

    private static void binary(List<BuiltinSpec> specs, PyType t, boolean isInt, String op, Binary f) {
        specs.add(method(t, "__" + op + "__", "self, value, /",
                (loc, a) -> accepts(isInt, a[1]) ? f.apply(loc, a[0], v(a[1])) : PSingleton.NOT_IMPLEMENTED));
        specs.add(method(t, "__r" + op + "__", "self, value, /",
                (loc, a) -> accepts(isInt, a[1]) ? f.apply(loc, v(a[1]), a[0]) : PSingleton.NOT_IMPLEMENTED));
    }

    /** An operand's number: the value of an instance of a subclass of int or float. */
    private static Object v(Object o) {
        return PValueInstance.unwrap(o);
    }

    private static void unary(List<BuiltinSpec> specs, PyType t, String op, Unary f) {
        specs.add(method(t, "__" + op + "__", "self", (loc, a) -> f.apply(loc, a[0])));
    }

    /** An int (or bool) as a plain int. */
    private static Object toInt(Object a) {
        return a instanceof Boolean b ? (b ? 1L : 0L) : a;
    }

    private static Object truncate(Node loc, double d) {
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError(loc, "cannot convert float NaN to integer");
        } else if (Double.isInfinite(d)) {
            throw PythonErrors.overflow(loc, "cannot convert float infinity to integer");
        }
        return PInt.normalize(new BigDecimal(d).toBigInteger());
    }

    // ------------------------------------------------------------------ float's own methods

    private static List<BuiltinSpec> floatMethods() {
        PyType f = BuiltinTypes.FLOAT;
        return List.of(
                method(f, "is_integer", "self", (loc, a) -> {
                    double d = (Double) a[0];
                    return !Double.isInfinite(d) && d == Math.floor(d);
                }),
                method(f, "as_integer_ratio", "self", (loc, a) -> {
                    double d = (Double) a[0];
                    if (Double.isNaN(d)) {
                        throw PythonErrors.valueError(loc, "cannot convert NaN to integer ratio");
                    } else if (Double.isInfinite(d)) {
                        throw PythonErrors.overflow(loc, "cannot convert Infinity to integer ratio");
                    }
                    BigDecimal exact = new BigDecimal(d);
                    BigInteger num = exact.unscaledValue();
                    BigInteger den = BigInteger.ONE;
                    if (exact.scale() > 0) {
                        den = BigInteger.TEN.pow(exact.scale());
                    } else {
                        num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
                    }
                    BigInteger g = num.gcd(den);
                    return new PTuple(new Object[]{PInt.normalize(num.divide(g)), PInt.normalize(den.divide(g))});
                }),
                method(f, "hex", "self", (loc, a) -> PyStr.fromJava(hex((Double) a[0]))),
                JavaBuiltin.function("__getformat__", "cls, typestr, /", (loc, a) -> {
                    String t = a[1] instanceof TruffleString s ? PyStr.toJava(s) : null;
                    if (t == null) {
                        throw PythonErrors.typeError(loc, "__getformat__() argument must be str, not %s", PythonTypeOf.typeName(a[1]));
                    } else if (!t.equals("double") && !t.equals("float")) {
                        throw PythonErrors.valueError(loc, "__getformat__() argument 1 must be 'double' or 'float'");
                    }
                    return PyStr.fromJava("IEEE, little-endian");
                }),
                JavaBuiltin.function("fromhex", "cls, string, /", (loc, a) -> {
                    if (!(a[1] instanceof TruffleString s)) {
                        throw PythonErrors.typeError(loc, "bad argument type for built-in operation");
                    }
                    double d = fromhex(loc, PyStr.toJava(s));
                    return a[0] == BuiltinTypes.FLOAT ? (Object) d : ObjectProtocol.call(loc, a[0], d);
                }));
    }

    /** float.hex: normalized hexadecimal with a 13-digit fraction, as CPython writes it. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(a);
        int exp = (int) (bits >>> 52) & 0x7ff;
        long mant = bits & ((1L << 52) - 1);
        int lead = 1;
        if (exp == 0) {
            lead = 0;
            exp = -1022;
            return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + exp;
        }
        exp -= 1023;
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** float.fromhex: CPython's grammar, with its rounding of excess digits to nearest even. */
    static double fromhex(Node loc, String text) {
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.startsWith("0x")) {
            body = body.substring(2);
        }
        int p = body.indexOf('p');
        String mantissa = p < 0 ? body : body.substring(0, p);
        String exponent = p < 0 ? "0" : body.substring(p + 1);
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        if (intPart.isEmpty() && fracPart.isEmpty() || !(intPart + fracPart).matches("[0-9a-f]*")
                || !exponent.matches("[+-]?[0-9]+")) {
            throw PythonErrors.valueError(loc, "invalid hexadecimal floating-point string");
        }
        BigInteger digits = new BigInteger("0" + intPart + fracPart, 16);
        long exp;
        try {
            exp = Long.parseLong(exponent.startsWith("+") ? exponent.substring(1) : exponent) - 4L * fracPart.length();
        } catch (NumberFormatException e) {
            exp = exponent.startsWith("-") ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        double result;
        long magnitude = digits.bitLength() + exp; // the value lies in [2**(magnitude-1), 2**magnitude)
        if (digits.signum() == 0 || magnitude < -1075) {
            result = 0.0; // below half the smallest subnormal
        } else if (magnitude > 1025) {
            throw PythonErrors.overflow(loc, "hexadecimal value too large to represent as a float");
        } else {
            // Exact value digits * 2**exp, rounded once to the nearest double.
            BigDecimal value = exp >= 0 ? new BigDecimal(digits.shiftLeft((int) exp))
                    : new BigDecimal(digits).divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -exp)));
            result = value.doubleValue();
            if (Double.isInfinite(result)) {
                throw PythonErrors.overflow(loc, "hexadecimal value too large to represent as a float");
            }
        }
        return negative ? -result : result;
    }
}

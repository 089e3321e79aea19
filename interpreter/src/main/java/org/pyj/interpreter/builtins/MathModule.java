package org.pyj.interpreter.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PValueInstance;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The {@code math} module (CPython's Modules/mathmodule.c): the functions with CPython's
 * argument conversions, its domain and range errors ("math domain error", "math range error"),
 * exact integer functions (gcd, lcm, isqrt, comb, perm, factorial) and an exactly rounded fsum.
 * The elementary functions are Java's StrictMath (fdlibm), glibc's hypot and atan2
 * ({@code runtime/Libm}); erf, erfc, gamma and lgamma use standard series and approximations whose
 * last digits can differ from CPython's.
 */
public final class MathModule {
    private MathModule() {
    }

    @FunctionalInterface
    private interface D1 {
        double apply(double x);
    }

    public static PModule create(PyjContext context) {
        PModule m = context.newModule("math");
        PyjContext.put(m, "__name__", PyStr.fromJava("math"));
        PyjContext.put(m, "pi", Math.PI);
        PyjContext.put(m, "e", Math.E);
        PyjContext.put(m, "tau", 2 * Math.PI);
        PyjContext.put(m, "inf", Double.POSITIVE_INFINITY);
        PyjContext.put(m, "nan", Double.NaN);
        List<BuiltinSpec> specs = new ArrayList<>();
        unary(specs, "sqrt", x -> x < 0 ? Double.NaN : StrictMath.sqrt(x), false);
        unary(specs, "exp", StrictMath::exp, true);
        unary(specs, "exp2", x -> StrictMath.pow(2, x), true);
        unary(specs, "expm1", StrictMath::expm1, true);
        unary(specs, "log1p", x -> x <= -1 ? Double.NaN : StrictMath.log1p(x), false);
        unary(specs, "sin", StrictMath::sin, false);
        unary(specs, "cos", StrictMath::cos, false);
        unary(specs, "tan", StrictMath::tan, false);
        unary(specs, "asin", StrictMath::asin, false);
        unary(specs, "acos", StrictMath::acos, false);
        unary(specs, "atan", StrictMath::atan, false);
        unary(specs, "sinh", StrictMath::sinh, true);
        unary(specs, "cosh", StrictMath::cosh, true);
        unary(specs, "tanh", StrictMath::tanh, false);
        unary(specs, "asinh", MathModule::asinh, false);
        unary(specs, "acosh", x -> x < 1 ? Double.NaN : StrictMath.log(x + StrictMath.sqrt(x * x - 1)), false);
        unary(specs, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * StrictMath.log1p(2 * x / (1 - x)), false);
        unary(specs, "fabs", Math::abs, false);
        unary(specs, "cbrt", StrictMath::cbrt, false);
        unary(specs, "erf", MathModule::erf, false);
        unary(specs, "erfc", x -> 1 - erf(x), false);
        unary(specs, "gamma", MathModule::gamma, true);
        unary(specs, "lgamma", MathModule::lgamma, true);
        unary(specs, "degrees", x -> x * (180.0 / Math.PI), false);
        unary(specs, "radians", x -> x * (Math.PI / 180.0), false);
        specs.add(JavaBuiltin.function("isfinite", "x, /", (loc, a) -> Double.isFinite(toDouble(loc, a[0]))));
        specs.add(JavaBuiltin.function("isinf", "x, /", (loc, a) -> Double.isInfinite(toDouble(loc, a[0]))));
        specs.add(JavaBuiltin.function("isnan", "x, /", (loc, a) -> Double.isNaN(toDouble(loc, a[0]))));
        specs.add(JavaBuiltin.function("log", "x, base=?, /", (loc, a) -> {
            double num = log(loc, a[0]);
            if (!JavaBuiltin.given(a[1])) {
                return num;
            }
            double den = log(loc, a[1]);
            if (den == 0) {
                throw PythonErrors.raise(loc, org.pyj.interpreter.runtime.BuiltinTypes.ZERO_DIVISION_ERROR, "float division by zero");
            }
            return num / den;
        }));
        specs.add(JavaBuiltin.function("log2", "x, /", (loc, a) -> logWith(loc, a[0], MathModule::log2, Math.log(2))));
        specs.add(JavaBuiltin.function("log10", "x, /", (loc, a) -> logWith(loc, a[0], StrictMath::log10, Math.log(10))));
        specs.add(JavaBuiltin.function("pow", "x, y, /", (loc, a) -> pow(loc, toDouble(loc, a[0]), toDouble(loc, a[1]))));
        specs.add(JavaBuiltin.function("atan2", "y, x, /", (loc, a) ->
                org.pyj.interpreter.runtime.Libm.atan2(toDouble(loc, a[0]), toDouble(loc, a[1]))));
        specs.add(JavaBuiltin.function("hypot", "*coordinates", (loc, a) -> hypot(loc, ((PTuple) a[0]).getItems())));
        specs.add(JavaBuiltin.function("dist", "p, q, /", (loc, a) -> {
            Object[] p = Containers.toArray(loc, a[0]);
            Object[] q = Containers.toArray(loc, a[1]);
            if (p.length != q.length) {
                throw PythonErrors.valueError(loc, "both points must have the same number of dimensions");
            }
            Object[] diffs = new Object[p.length];
            for (int i = 0; i < p.length; i++) {
                diffs[i] = toDouble(loc, p[i]) - toDouble(loc, q[i]);
            }
            return hypot(loc, diffs);
        }));
        specs.add(JavaBuiltin.function("fmod", "x, y, /", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            double y = toDouble(loc, a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            if (Double.isInfinite(x) || y == 0) {
                if (Double.isNaN(y)) {
                    return Double.NaN;
                }
                throw domainError(loc);
            }
            return x % y;
        }));
        specs.add(JavaBuiltin.function("remainder", "x, y, /", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            double y = toDouble(loc, a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            if (Double.isInfinite(x) || y == 0) {
                throw domainError(loc);
            }
            return Math.IEEEremainder(x, y);
        }));
        specs.add(JavaBuiltin.function("copysign", "x, y, /", (loc, a) -> Math.copySign(toDouble(loc, a[0]), toDouble(loc, a[1]))));
        specs.add(JavaBuiltin.function("modf", "x, /", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            if (Double.isInfinite(x)) {
                return new PTuple(new Object[]{Math.copySign(0.0, x), x});
            }
            double i = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PTuple(new Object[]{Math.copySign(x - i, x), i});
        }));
        specs.add(JavaBuiltin.function("frexp", "x, /", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new PTuple(new Object[]{x, 0L});
            }
            int e = Math.getExponent(x);
            double mant;
            if (e == Double.MIN_EXPONENT - 1) { // subnormal
                double scaled = x * 0x1p54;
                e = Math.getExponent(scaled) - 54;
                mant = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
            } else {
                mant = x / Math.scalb(1.0, e + 1);
            }
            return new PTuple(new Object[]{mant, (long) e + 1});
        }));
        specs.add(JavaBuiltin.function("ldexp", "x, i, /", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            if (!BuiltinArithmetic.isInt(PValueInstance.unwrap(a[1]))) {
                throw PythonErrors.typeError(loc, "Expected an int as second argument to ldexp.");
            }
            BigInteger e = BuiltinArithmetic.toBig(PValueInstance.unwrap(a[1]));
            if (x == 0 || !Double.isFinite(x)) {
                return x;
            }
            int exp = e.bitLength() > 31 ? (e.signum() > 0 ? 100000 : -100000) : e.intValue();
            double r = Math.scalb(x, Math.max(-100000, Math.min(100000, exp)));
            if (Double.isInfinite(r)) {
                throw PythonErrors.overflow(loc, "math range error");
            }
            return r;
        }));
        specs.add(JavaBuiltin.function("floor", "x, /", (loc, a) -> roundToInt(loc, a[0], "__floor__", true)));
        specs.add(JavaBuiltin.function("ceil", "x, /", (loc, a) -> roundToInt(loc, a[0], "__ceil__", false)));
        specs.add(JavaBuiltin.function("trunc", "x, /", (loc, a) -> {
            Object m2 = ObjectProtocol.lookupSpecial(a[0], "__trunc__");
            if (m2 == null) {
                throw PythonErrors.typeError(loc, "type %s doesn't define __trunc__ method", PythonTypeOf.typeName(a[0]));
            }
            return ObjectProtocol.callSpecial(loc, m2, a[0]);
        }));
        specs.add(JavaBuiltin.function("isclose", "a, b, *, rel_tol=?, abs_tol=?", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            double y = toDouble(loc, a[1]);
            double rel = JavaBuiltin.given(a[2]) ? toDouble(loc, a[2]) : 1e-09;
            double abs = JavaBuiltin.given(a[3]) ? toDouble(loc, a[3]) : 0.0;
            if (rel < 0 || abs < 0) {
                throw PythonErrors.valueError(loc, "tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        }));
        specs.add(JavaBuiltin.function("factorial", "n, /", (loc, a) -> {
            BigInteger n = intArg(loc, a[0]);
            if (n.signum() < 0) {
                throw PythonErrors.valueError(loc, "factorial() not defined for negative values");
            }
            if (n.bitLength() > 31) {
                throw PythonErrors.overflow(loc, "factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PInt.normalize(product(BigInteger.ONE, n));
        }));
        specs.add(JavaBuiltin.function("gcd", "*integers", (loc, a) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : ((PTuple) a[0]).getItems()) {
                g = g.gcd(intArg(loc, o));
            }
            return PInt.normalize(g);
        }));
        specs.add(JavaBuiltin.function("lcm", "*integers", (loc, a) -> {
            Object[] items = ((PTuple) a[0]).getItems();
            BigInteger l = BigInteger.ONE;
            for (Object o : items) {
                BigInteger v = intArg(loc, o);
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v).abs();
            }
            return PInt.normalize(l);
        }));
        specs.add(JavaBuiltin.function("isqrt", "n, /", (loc, a) -> {
            BigInteger n = intArg(loc, a[0]);
            if (n.signum() < 0) {
                throw PythonErrors.valueError(loc, "isqrt() argument must be nonnegative");
            }
            return PInt.normalize(n.sqrt());
        }));
        specs.add(JavaBuiltin.function("comb", "n, k, /", (loc, a) -> {
            BigInteger n = intArg(loc, a[0]);
            BigInteger k = intArg(loc, a[1]);
            if (n.signum() < 0) {
                throw PythonErrors.valueError(loc, "n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw PythonErrors.valueError(loc, "k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger kk = k.min(n.subtract(k));
            return PInt.normalize(product(n.subtract(kk).add(BigInteger.ONE), n).divide(product(BigInteger.ONE, kk)));
        }));
        specs.add(JavaBuiltin.function("perm", "n, k=None, /", (loc, a) -> {
            BigInteger n = intArg(loc, a[0]);
            if (n.signum() < 0) {
                throw PythonErrors.valueError(loc, "n must be a non-negative integer");
            }
            BigInteger k = a[1] == PNone.NONE ? n : intArg(loc, a[1]);
            if (k.signum() < 0) {
                throw PythonErrors.valueError(loc, "k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            return PInt.normalize(product(n.subtract(k).add(BigInteger.ONE), n));
        }));
        specs.add(JavaBuiltin.function("prod", "iterable, /, *, start=1", (loc, a) -> {
            Object acc = a[1];
            for (Object o : Containers.toArray(loc, a[0])) {
                acc = BuiltinArithmetic.multiply(loc, acc, o);
            }
            return acc;
        }));
        specs.add(JavaBuiltin.function("fsum", "seq, /", (loc, a) -> fsum(loc, Containers.toArray(loc, a[0]))));
        specs.add(JavaBuiltin.function("nextafter", "x, y, /", (loc, a) -> Math.nextAfter(toDouble(loc, a[0]), toDouble(loc, a[1]))));
        specs.add(JavaBuiltin.function("ulp", "x, /", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            if (Double.isNaN(x)) {
                return x;
            }
            x = Math.abs(x);
            if (Double.isInfinite(x)) {
                return x;
            }
            double next = Math.nextUp(x);
            if (Double.isInfinite(next)) {
                return x - Math.nextDown(x);
            }
            return next - x;
        }));
        for (BuiltinSpec spec : specs) {
            PyjContext.put(m, spec.name(), context.makeBuiltin(spec, "math"));
        }
        return m;
    }

    private static void unary(List<BuiltinSpec> specs, String name, D1 f, boolean canOverflow) {
        specs.add(JavaBuiltin.function(name, "x, /", (loc, a) -> {
            double x = toDouble(loc, a[0]);
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domainError(loc);
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                if (canOverflow) {
                    throw PythonErrors.overflow(loc, "math range error");
                }
                throw domainError(loc);
            }
            return r;
        }));
    }

    private static org.pyj.interpreter.exceptions.PException domainError(Node loc) {
        return PythonErrors.valueError(loc, "math domain error");
    }

    private static Object domainOrNan(Node loc, double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        throw domainError(loc);
    }

    /** PyFloat_AsDouble: float, int (OverflowError when too large), or __float__/__index__. */
    @TruffleBoundary
    static double toDouble(Node loc, Object o) {
        Object v = PValueInstance.unwrap(o);
        if (v instanceof Double d) {
            return d;
        }
        if (BuiltinArithmetic.isInt(v)) {
            return BuiltinArithmetic.toDouble(loc, v);
        }
        if (ObjectProtocol.isUserObject(o)) {
            Object f = ObjectProtocol.lookupSpecial(o, "__float__");
            if (f != null) {
                Object r = ObjectProtocol.callSpecial(loc, f, o);
                if (r instanceof Double d) {
                    return d;
                }
                throw PythonErrors.typeError(loc, "%s.__float__ returned non-float (type %s)", PythonTypeOf.typeName(o),
                        PythonTypeOf.typeName(r));
            }
            if (ObjectProtocol.lookupSpecial(o, "__index__") != null) {
                return BuiltinArithmetic.toDouble(loc, org.pyj.interpreter.lib.PyNumberIndexNode.indexSlowPath(loc, o));
            }
        }
        throw PythonErrors.typeError(loc, "must be real number, not %s", PythonTypeOf.typeName(o));
    }

    /** An integer argument (int or __index__). */
    @TruffleBoundary
    private static BigInteger intArg(Node loc, Object o) {
        Object v = PValueInstance.unwrap(o);
        if (BuiltinArithmetic.isInt(v)) {
            return BuiltinArithmetic.toBig(v);
        }
        if (ObjectProtocol.isUserObject(o) && ObjectProtocol.lookupSpecial(o, "__index__") != null) {
            return BuiltinArithmetic.toBig(org.pyj.interpreter.lib.PyNumberIndexNode.indexSlowPath(loc, o));
        }
        throw PythonErrors.typeError(loc, "'%s' object cannot be interpreted as an integer", PythonTypeOf.typeName(o));
    }

    /**
     * loghelper: a float or an int that converts to one goes to {@code f}; a larger int is
     * scaled down first (its log is log(m) + e * log(2)), then divided by {@code lnBase}.
     */
    @TruffleBoundary
    private static double logWith(Node loc, Object o, D1 f, double lnBase) {
        Object v = PValueInstance.unwrap(o);
        if (v instanceof PInt big && big.getValue().bitLength() > 1000) {
            return log(loc, o) / lnBase;
        }
        double x = toDouble(loc, o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domainError(loc);
        }
        return f.apply(x);
    }

    /** log2, exact for powers of two. */
    private static double log2(double x) {
        if (Double.isFinite(x) && x > 0 && x == Math.scalb(1.0, Math.getExponent(x))) {
            return Math.getExponent(x);
        }
        return StrictMath.log(x) / Math.log(2);
    }

    /** log of an int of any size (through its bit length) or of a float. */
    @TruffleBoundary
    private static double log(Node loc, Object o) {
        Object v = PValueInstance.unwrap(o);
        if (v instanceof PInt big) {
            BigInteger b = big.getValue();
            if (b.signum() <= 0) {
                throw domainError(loc);
            }
            int shift = b.bitLength() - 60;
            return StrictMath.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = toDouble(loc, o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domainError(loc);
        }
        return StrictMath.log(x);
    }

    private static Object roundToInt(Node loc, Object o, String method, boolean floor) {
        Object v = PValueInstance.unwrap(o);
        if (BuiltinArithmetic.isInt(v)) {
            return v instanceof Boolean b ? (b ? 1L : 0L) : v;
        }
        if (!(v instanceof Double) && ObjectProtocol.isUserObject(o)) {
            Object m = ObjectProtocol.lookupSpecial(o, method);
            if (m != null) {
                return ObjectProtocol.callSpecial(loc, m, o);
            }
        }
        double d = toDouble(loc, o);
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError(loc, "cannot convert float NaN to integer");
        } else if (Double.isInfinite(d)) {
            throw PythonErrors.overflow(loc, "cannot convert float infinity to integer");
        }
        double r = floor ? Math.floor(d) : Math.ceil(d);
        return PInt.normalize(new java.math.BigDecimal(r).toBigInteger());
    }

    /** C99 pow's special cases with CPython's errors. */
    private static double pow(Node loc, double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1 ? 1.0 : y;
        }
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            throw domainError(loc);
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            throw domainError(loc);
        }
        double r = StrictMath.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw PythonErrors.overflow(loc, "math range error");
        }
        return r;
    }

    /** hypot of any number of coordinates: scaled to avoid overflow and underflow. */
    @TruffleBoundary
    private static double hypot(Node loc, Object[] coords) {
        double[] v = new double[coords.length];
        double max = 0;
        boolean nan = false;
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(toDouble(loc, coords[i]));
            if (Double.isNaN(v[i])) {
                nan = true;
            }
            max = Math.max(max, v[i]);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (v.length == 2) {
            return org.pyj.interpreter.runtime.Libm.hypot(v[0], v[1]);
        }
        if (max == 0 || v.length <= 1) {
            return max;
        }
        double sum = 0;
        double compensation = 0;
        for (double x : v) {
            double s = x / max;
            double term = s * s - compensation;
            double t = sum + term;
            compensation = (t - sum) - term;
            sum = t;
        }
        return max * Math.sqrt(sum);
    }

    /** The product lo * (lo + 1) * ... * hi, by halves so that the multiplications stay balanced. */
    private static BigInteger product(BigInteger lo, BigInteger hi) {
        int cmp = lo.compareTo(hi);
        if (cmp > 0) {
            return BigInteger.ONE;
        }
        if (cmp == 0) {
            return lo;
        }
        if (hi.subtract(lo).compareTo(BigInteger.valueOf(16)) < 0) {
            BigInteger r = lo;
            for (BigInteger i = lo.add(BigInteger.ONE); i.compareTo(hi) <= 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(i);
            }
            return r;
        }
        BigInteger mid = lo.add(hi).shiftRight(1);
        return product(lo, mid).multiply(product(mid.add(BigInteger.ONE), hi));
    }

    /** fsum: the exactly rounded sum (exact partial sums, as in Shewchuk's algorithm), with CPython's errors. */
    @TruffleBoundary
    private static double fsum(Node loc, Object[] items) {
        java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
        double special = 0;
        boolean inf = false;
        boolean nan = false;
        for (Object o : items) {
            double x = toDouble(loc, o);
            if (Double.isNaN(x)) {
                nan = true;
            } else if (Double.isInfinite(x)) {
                if (inf && special != x) {
                    nan = true;
                }
                special = x;
                inf = true;
            } else {
                exact = exact.add(new java.math.BigDecimal(x));
            }
        }
        if (nan) {
            if (inf && !Double.isNaN(special)) {
                throw PythonErrors.valueError(loc, "-inf + inf in fsum");
            }
            return Double.NaN;
        }
        if (inf) {
            return special;
        }
        double r = exact.doubleValue();
        if (Double.isInfinite(r)) {
            throw PythonErrors.overflow(loc, "intermediate overflow in fsum");
        }
        return r;
    }

    private static double asinh(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r = a > 1e8 ? StrictMath.log(a) + Math.log(2) : StrictMath.log1p(a + a * a / (1 + StrictMath.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    /** erf by its Taylor series near 0 and a continued fraction for erfc further out. */
    private static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a < 1.5) {
            double term = a;
            double sum = a;
            double x2 = a * a;
            for (int n = 1; n < 100; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            r = 2 / Math.sqrt(Math.PI) * sum;
        } else if (a >= 30) {
            r = 1;
        } else {
            double x2 = a * a;
            double f = 0;
            for (int n = 60; n >= 1; n--) {
                f = n / 2.0 / (a + f);
            }
            double erfc = StrictMath.exp(-x2) / Math.sqrt(Math.PI) / (a + f);
            r = 1 - erfc;
        }
        return Math.copySign(r, x);
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

    /** gamma: exact for small positive integers, Lanczos (g = 7) elsewhere, reflection below 1/2. */
    private static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || (x <= 0 && x == Math.rint(x))) {
            return Double.NaN;
        }
        if (x == Math.rint(x) && x <= 23) {
            double r = 1;
            for (int i = 2; i < x; i++) {
                r *= i;
            }
            return r;
        }
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < 0.5) {
            return Math.PI / (StrictMath.sin(Math.PI * x) * gamma(1 - x));
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return Math.sqrt(2 * Math.PI) * StrictMath.pow(t, z + 0.5) * StrictMath.exp(-t) * sum;
    }

    private static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x <= 0 && x == Math.rint(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == 1 || x == 2) {
            return 0.0;
        }
        if (x < 0.5) {
            return StrictMath.log(Math.PI / Math.abs(StrictMath.sin(Math.PI * x))) - lgamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * StrictMath.log(2 * Math.PI) + (z + 0.5) * StrictMath.log(t) - t + StrictMath.log(sum);
    }

}

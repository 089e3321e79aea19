package org.pyj.interpreter.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.lib.PyObjectStrNode;
import org.pyj.interpreter.lib.PyObjectStrNodeGen;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.PBigRange;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;
import org.pyj.interpreter.runtime.Signature;

/** The {@code tp_new} slots of the builtin types: what {@code int(...)}, {@code str(...)} etc. run. */
public final class TypeConstructors {
    private static final Object MISSING = PMissing.INSTANCE;

    private TypeConstructors() {
    }

    public static void install(PyjContext context) {
        slot(context, BuiltinTypes.INT, "int", new String[]{"cls", "x", "base"}, 2, new Object[]{MISSING, MISSING}, IntNew::new);
        slot(context, BuiltinTypes.FLOAT, "float", new String[]{"cls", "x"}, 2, new Object[]{MISSING}, FloatNew::new);
        slot(context, BuiltinTypes.STR, "str", new String[]{"cls", "object", "encoding", "errors"}, 1,
                new Object[]{MISSING, MISSING, MISSING}, StrNew::new);
        slot(context, BuiltinTypes.BOOL, "bool", new String[]{"cls", "x"}, 2, new Object[]{false}, BoolNew::new);
        slot(context, BuiltinTypes.TUPLE, "tuple", new String[]{"cls", "iterable"}, 2, new Object[]{MISSING}, TupleNew::new);
        varargs(context, BuiltinTypes.RANGE, "range", RangeNew::new);
        varargs(context, BuiltinTypes.TYPE, "type", TypeNew::new);
        for (PyType t : BuiltinTypes.exceptions().values()) {
            varargs(context, t, t.getName(), ExceptionNew::new);
        }
    }

    private static void slot(PyjContext context, PyType type, String name, String[] params, int posOnly,
            Object[] defaults, java.util.function.Supplier<? extends PythonBuiltinNode> factory) {
        Signature sig = new Signature(name, params, posOnly, params.length, 0, false, false);
        type.getSlots().tp_new = context.makeBuiltin(new BuiltinSpec(name, sig, defaults, null, factory), name);
    }

    private static void varargs(PyjContext context, PyType type, String name,
            java.util.function.Supplier<? extends PythonBuiltinNode> factory) {
        Signature sig = new Signature(name, new String[]{"cls", "args"}, 1, 1, 0, true, false);
        type.getSlots().tp_new = context.makeBuiltin(new BuiltinSpec(name, sig, new Object[0], null, factory), name);
    }

    /** {@code int(x=0, /, base=10)}. */
    static final class IntNew extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return construct(this, arg(frame, 1), arg(frame, 2));
        }

        @TruffleBoundary
        static Object construct(Node location, Object x, Object base) {
            if (x == MISSING) {
                if (base != MISSING) {
                    throw PythonErrors.typeError(location, "int() missing string argument");
                }
                return 0L;
            }
            if (base != MISSING) {
                if (!(x instanceof TruffleString)) {
                    throw PythonErrors.typeError(location, "int() can't convert non-string with explicit base");
                }
                if (!BuiltinArithmetic.isInt(base)) {
                    throw PythonErrors.typeError(location, "'%s' object cannot be interpreted as an integer",
                            PythonTypeOf.typeName(base));
                }
                BigInteger b = BuiltinArithmetic.toBig(base);
                if (!(b.signum() == 0 || (b.compareTo(BigInteger.TWO) >= 0 && b.compareTo(BigInteger.valueOf(36)) <= 0))) {
                    throw PythonErrors.valueError(location, "int() base must be >= 2 and <= 36, or 0");
                }
                return parseInt(location, PyStr.toJava((TruffleString) x), b.intValue());
            }
            if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            } else if (BuiltinArithmetic.isInt(x)) {
                return x;
            }
            if (ObjectProtocol.isUserObject(x)) {
                // PyNumber_Long: __int__, then __index__, then __trunc__, then a str or bytes value.
                for (String m : new String[]{"__int__", "__index__", "__trunc__"}) {
                    Object method = ObjectProtocol.lookupSpecial(x, m);
                    if (method != null) {
                        Object r = ObjectProtocol.callSpecial(location, method, x);
                        Object v = org.pyj.interpreter.runtime.PValueInstance.unwrap(r);
                        if (!BuiltinArithmetic.isInt(v)) {
                            if (m.equals("__trunc__")) {
                                return construct(location, r, MISSING);
                            }
                            throw PythonErrors.typeError(location, "%s returned non-int (type %s)", m, PythonTypeOf.typeName(r));
                        }
                        return v instanceof Boolean b ? (b ? 1L : 0L) : v;
                    }
                }
                x = org.pyj.interpreter.runtime.PValueInstance.unwrap(x);
            }
            if (x instanceof org.pyj.interpreter.runtime.PBytesLike b) {
                return parseInt(location, new String(b.copyBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), 10);
            }
            if (x instanceof Double d) {
                if (Double.isNaN(d)) {
                    throw PythonErrors.valueError(location, "cannot convert float NaN to integer");
                } else if (Double.isInfinite(d)) {
                    throw PythonErrors.overflow(location, "cannot convert float infinity to integer");
                }
                return PInt.normalize(new java.math.BigDecimal(d).toBigInteger());
            } else if (x instanceof TruffleString s) {
                return parseInt(location, PyStr.toJava(s), 10);
            }
            throw PythonErrors.typeError(location,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    PythonTypeOf.typeName(x));
        }

        /** CPython's PyLong_FromString: whitespace, sign, base prefixes and single underscores between digits. */
        static Object parseInt(Node location, String text, int base) {
            String s = text.strip();
            int i = 0;
            boolean negative = false;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            int radix = base;
            boolean prefixed = false;
            if (i + 1 < s.length() && s.charAt(i) == '0') {
                char p = Character.toLowerCase(s.charAt(i + 1));
                int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : -1;
                if (prefixBase > 0 && (base == 0 || base == prefixBase)) {
                    radix = prefixBase;
                    i += 2;
                    prefixed = true;
                }
            }
            if (radix == 0) {
                radix = 10;
            }
            StringBuilder digits = new StringBuilder();
            boolean lastUnderscore = prefixed;
            boolean ok = i < s.length();
            for (; i < s.length() && ok; i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    if (lastUnderscore && !(prefixed && digits.length() == 0)) {
                        ok = false;
                    }
                    if (digits.length() == 0 && !prefixed) {
                        ok = false;
                    }
                    lastUnderscore = true;
                    continue;
                }
                int d = Character.digit(c, radix);
                if (d < 0) {
                    ok = false;
                    break;
                }
                digits.append(Character.forDigit(d, radix));
                lastUnderscore = false;
            }
            if (!ok || digits.length() == 0 || (lastUnderscore && digits.length() > 0 && s.endsWith("_"))) {
                throw PythonErrors.valueError(location, "invalid literal for int() with base %d: %s", base,
                        ReprFormatter.stringRepr(text));
            }
            if (base == 0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0') {
                for (int k = 0; k < digits.length(); k++) {
                    if (digits.charAt(k) != '0') {
                        throw PythonErrors.valueError(location, "invalid literal for int() with base 0: %s",
                                ReprFormatter.stringRepr(text));
                    }
                }
            }
            if (radix == 10 && digits.length() > PyObjectStrNode.MAX_STR_DIGITS) {
                throw PythonErrors.valueError(location, "Exceeds the limit (%d digits) for integer string conversion: "
                        + "value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                        PyObjectStrNode.MAX_STR_DIGITS, digits.length());
            }
            BigInteger v = new BigInteger(digits.toString(), radix);
            return PInt.normalize(negative ? v.negate() : v);
        }
    }

    /** {@code float(x=0.0, /)}. */
    static final class FloatNew extends PythonBuiltinNode {
        private static final Pattern FLOAT = Pattern.compile(
                "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.)(?:[eE][+-]?\\d(?:_?\\d)*)?");
        private static final Pattern SPECIAL = Pattern.compile("(?i)[+-]?(?:inf|infinity|nan)");

        @Override
        public Object call(VirtualFrame frame) {
            return construct(this, arg(frame, 1));
        }

        @TruffleBoundary
        static Object construct(Node location, Object x) {
            if (x == MISSING) {
                return 0.0;
            } else if (x instanceof Double) {
                return x;
            } else if (BuiltinArithmetic.isInt(x)) {
                return BuiltinArithmetic.toDouble(location, x);
            }
            if (ObjectProtocol.isUserObject(x)) {
                // PyNumber_Float: __float__, then __index__, then a str value.
                Object method = ObjectProtocol.lookupSpecial(x, "__float__");
                if (method != null) {
                    Object r = org.pyj.interpreter.runtime.PValueInstance.unwrap(ObjectProtocol.callSpecial(location, method, x));
                    if (!(r instanceof Double)) {
                        throw PythonErrors.typeError(location, "%s.__float__ returned non-float (type %s)",
                                PythonTypeOf.typeName(x), PythonTypeOf.typeName(r));
                    }
                    return r;
                }
                method = ObjectProtocol.lookupSpecial(x, "__index__");
                if (method != null) {
                    return BuiltinArithmetic.toDouble(location, org.pyj.interpreter.runtime.PValueInstance.unwrap(
                            ObjectProtocol.callSpecial(location, method, x)));
                }
                x = org.pyj.interpreter.runtime.PValueInstance.unwrap(x);
            }
            if (x instanceof org.pyj.interpreter.runtime.PBytesLike b) {
                x = PyStr.fromJava(new String(b.copyBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            if (x instanceof TruffleString ts) {
                String text = PyStr.toJava(ts);
                String s = text.strip();
                if (FLOAT.matcher(s).matches()) {
                    return Double.parseDouble(s.replace("_", ""));
                } else if (SPECIAL.matcher(s).matches()) {
                    String lower = s.toLowerCase();
                    boolean negative = lower.startsWith("-");
                    if (lower.contains("nan")) {
                        return negative ? -Double.NaN : Double.NaN;
                    }
                    return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                throw PythonErrors.valueError(location, "could not convert string to float: %s",
                        ReprFormatter.stringRepr(text));
            }
            throw PythonErrors.typeError(location, "float() argument must be a string or a real number, not '%s'",
                    PythonTypeOf.typeName(x));
        }
    }

    /** {@code str(object='')}. */
    static final class StrNew extends PythonBuiltinNode {
        @Child private PyObjectStrNode str = PyObjectStrNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            Object x = arg(frame, 1);
            Object encoding = arg(frame, 2);
            Object errors = arg(frame, 3);
            if (encoding != MISSING || errors != MISSING) {
                return decode(this, x, encoding, errors);
            }
            return x == MISSING ? PyStr.EMPTY : str.execute(x);
        }

        /** {@code str(b, encoding, errors)}: decoding a bytes-like object. */
        @TruffleBoundary
        static Object decode(Node location, Object x, Object encoding, Object errors) {
            for (Object[] arg : new Object[][]{{encoding, "encoding"}, {errors, "errors"}}) {
                if (arg[0] != MISSING && !(arg[0] instanceof TruffleString)) {
                    throw PythonErrors.typeError(location, "str() argument '%s' must be str, not %s", arg[1],
                            PythonTypeOf.typeName(arg[0]));
                }
            }
            byte[] data = org.pyj.interpreter.builtins.BytesBuiltins.bufferOrNull(x == MISSING
                    ? new org.pyj.interpreter.runtime.PBytes(new byte[0]) : x);
            if (data == null) {
                if (x instanceof TruffleString) {
                    throw PythonErrors.typeError(location, "decoding str is not supported");
                }
                throw PythonErrors.typeError(location, "decoding to str: need a bytes-like object, %s found", PythonTypeOf.typeName(x));
            }
            return org.pyj.interpreter.lib.Codecs.decode(location, data, data.length,
                    encoding == MISSING ? "utf-8" : PyStr.toJava((TruffleString) encoding),
                    errors == MISSING ? "strict" : PyStr.toJava((TruffleString) errors));
        }
    }

    /** {@code bool(x=False, /)}. */
    static final class BoolNew extends PythonBuiltinNode {
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            return isTrue.execute(arg(frame, 1));
        }
    }

    /** {@code tuple(iterable=(), /)}. */
    static final class TupleNew extends PythonBuiltinNode {
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
        @Child private PyIterNextNode next = PyIterNextNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            Object x = arg(frame, 1);
            if (x == MISSING) {
                return PTuple.EMPTY;
            } else if (x instanceof PTuple) {
                return x;
            }
            Object it = getIter.execute(x);
            ArrayList<Object> items = new ArrayList<>();
            for (Object v = next.execute(it); v != PyIterNextNode.STOP; v = next.execute(it)) {
                add(items, v);
            }
            return new PTuple(toArray(items));
        }

        @TruffleBoundary
        private static void add(ArrayList<Object> items, Object v) {
            items.add(v);
        }

        @TruffleBoundary
        private static Object[] toArray(ArrayList<Object> items) {
            return items.toArray();
        }
    }

    /** {@code range(stop)} / {@code range(start, stop[, step])}. */
    static final class RangeNew extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return construct(this, (PTuple) arg(frame, 1));
        }

        @TruffleBoundary
        static Object construct(Node location, PTuple args) {
            int n = args.size();
            if (n == 0) {
                throw PythonErrors.typeError(location, "range expected at least 1 argument, got 0");
            } else if (n > 3) {
                throw PythonErrors.typeError(location, "range expected at most 3 arguments, got %d", n);
            }
            BigInteger[] v = new BigInteger[n];
            boolean small = true;
            for (int i = 0; i < n; i++) {
                Object a = args.get(i);
                if (!BuiltinArithmetic.isInt(a)) {
                    throw PythonErrors.typeError(location, "'%s' object cannot be interpreted as an integer",
                            PythonTypeOf.typeName(a));
                }
                v[i] = BuiltinArithmetic.toBig(a);
                // Bounds within 2**62 keep every element and the length inside a long.
                small &= v[i].bitLength() <= 62;
            }
            BigInteger start = n == 1 ? BigInteger.ZERO : v[0];
            BigInteger stop = n == 1 ? v[0] : v[1];
            BigInteger step = n == 3 ? v[2] : BigInteger.ONE;
            if (step.signum() == 0) {
                throw PythonErrors.valueError(location, "range() arg 3 must not be zero");
            }
            if (small) {
                return new PRange(start.longValue(), stop.longValue(), step.longValue());
            }
            return new PBigRange(start, stop, step);
        }
    }

    /** {@code type(obj)}; the three-argument form comes with classes. */
    static final class TypeNew extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            PTuple args = (PTuple) arg(frame, 1);
            if (args.size() == 1) {
                return PythonTypeOf.typeOf(args.get(0));
            }
            if (args.size() == 3) {
                throw PythonErrors.typeError(this, "pyj does not support type(name, bases, dict) yet");
            }
            throw PythonErrors.typeError(this, "type() takes 1 or 3 arguments");
        }
    }

    /** {@code SomeError(*args)}. */
    static final class ExceptionNew extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            PTuple args = (PTuple) arg(frame, 1);
            return new PBaseException(org.pyj.interpreter.lib.TypeCalls.osErrorType((PyType) arg(frame, 0), args.getItems()), args);
        }
    }
}

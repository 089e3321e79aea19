package org.pyj.interpreter.formatting;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PBytesLike;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * printf-style formatting, {@code str % args}: a port of CPython's PyUnicode_Format that keeps
 * its cursor arithmetic (fmtpos/fmtcnt), so malformed formats fail with the same errors at the
 * same points, and its odd corners (a mapping argument with no keys used, {@code %(key)} then a
 * plain {@code %s} reusing the looked-up value).
 */
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final Node loc;
    private final int[] fmt;
    private int fmtpos;
    private int fmtcnt;
    private Object args;
    private int arglen;
    private int argidx;
    private final Object dict;
    private final TruffleStringBuilder out = TruffleStringBuilder.create(PyStr.ENCODING);

    /** One conversion's parsed options (unicode_format_arg_t). */
    private static final class Arg {
        int ch;
        int flags;
        long width = -1;
        int prec = -1;
        boolean sign;
    }

    /** Formatting bytes ({@code b'%s' % x}): the format's bytes are code points below 256, and so is the result. */
    private final boolean bytesMode;

    private PercentFormat(Node loc, TruffleString format, Object args) {
        this(loc, StrFormat.codePoints(format), args, false);
    }

    private PercentFormat(Node loc, int[] format, Object args, boolean bytesMode) {
        this.loc = loc;
        this.bytesMode = bytesMode;
        this.fmt = format;
        if (args instanceof org.pyj.interpreter.runtime.PValueInstance v && v.getValue() instanceof PTuple) {
            args = v.getValue(); // a tuple subclass (a namedtuple) is the arguments, as PyTuple_Check says
        }
        this.args = args;
        if (args instanceof PTuple t) {
            arglen = t.size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        dict = isMapping(args) && !(args instanceof PTuple) && !(args instanceof TruffleString)
                && !(args instanceof PBytesLike) ? args : null;
    }

    /** {@code bytes % args}: CPython's _PyBytes_FormatEx. */
    @TruffleBoundary
    public static byte[] formatBytes(Node loc, byte[] format, int length, Object args) {
        int[] cps = new int[length];
        for (int i = 0; i < length; i++) {
            cps[i] = format[i] & 0xff;
        }
        int[] result = StrFormat.codePoints(new PercentFormat(loc, cps, args, true).run());
        byte[] out = new byte[result.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) result[i];
        }
        return out;
    }

    private static TruffleString latin1(byte[] b, int length) {
        int[] cps = new int[length];
        for (int i = 0; i < length; i++) {
            cps[i] = b[i] & 0xff;
        }
        return PyStr.fromCodePoints(cps);
    }

    /** %s and %b of bytes formatting: a bytes-like object or one with {@code __bytes__}. */
    private TruffleString bytesArgument(Object v) {
        byte[] buf = org.pyj.interpreter.builtins.BytesBuiltins.bufferOrNull(v);
        if (buf != null) {
            return latin1(buf, buf.length);
        }
        Object m = ObjectProtocol.isUserObject(v) ? ObjectProtocol.lookupSpecial(v, "__bytes__") : null;
        if (m != null) {
            Object r = ObjectProtocol.callSpecial(loc, m, v);
            if (r instanceof PBytesLike b) {
                return latin1(b.store(), b.length());
            }
            throw PythonErrors.typeError(loc, "__bytes__ returned non-bytes (type %s)", org.pyj.interpreter.runtime.PythonTypeOf.typeName(r));
        }
        throw PythonErrors.typeError(loc, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                org.pyj.interpreter.runtime.PythonTypeOf.typeName(v));
    }

    /** %c of bytes formatting: an int in range(256) or a single byte. */
    private int byteCharacter(Object v) {
        if (v instanceof PBytesLike b && b.length() == 1) {
            return b.get(0);
        } else if (ObjectProtocol.isIndex(v)) {
            long x = PyObjectItems.asIndex(loc, v);
            if (x < 0 || x > 255) {
                throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "%s", "%c arg not in range(256)");
            }
            return (int) x;
        }
        throw PythonErrors.typeError(loc, "%s", "%c requires an integer in range(256) or a single byte");
    }

    @TruffleBoundary
    public static TruffleString format(Node loc, TruffleString format, Object args) {
        return new PercentFormat(loc, format, args).run();
    }

    /** PyMapping_Check: the type has a {@code __getitem__} (so lists count, as in CPython). */
    private static boolean isMapping(Object o) {
        if (o instanceof PDict || o instanceof PList || o instanceof PRange) {
            return true;
        }
        return ObjectProtocol.isUserObject(o) && ObjectProtocol.lookupSpecial(o, "__getitem__") != null;
    }

    /** The code point at {@code i}; past the end it reads the terminating NUL, as the C code does. */
    private int read(int i) {
        return i < fmt.length ? fmt[i] : 0;
    }

    private TruffleString run() {
        fmtcnt = fmt.length;
        fmtpos = 0;
        while (--fmtcnt >= 0) {
            if (read(fmtpos) != '%') {
                int start = fmtpos++;
                while (fmtcnt >= 0 && read(fmtpos) != '%') {
                    fmtpos++;
                    fmtcnt--;
                }
                if (fmtcnt < 0) {
                    fmtpos--;
                }
                for (int i = start; i < fmtpos; i++) {
                    out.appendCodePointUncached(fmt[i], 1, true);
                }
            } else {
                fmtpos++;
                formatArg();
            }
        }
        if (argidx < arglen && dict == null) {
            throw PythonErrors.typeError(loc, "not all arguments converted during %s formatting", bytesMode ? "bytes" : "string");
        }
        return out.toStringUncached();
    }

    private Object nextArg() {
        if (argidx < arglen) {
            argidx++;
            return arglen < 0 ? args : ((PTuple) args).get(argidx - 1);
        }
        throw PythonErrors.typeError(loc, "not enough arguments for format string");
    }

    private void formatArg() {
        Arg arg = new Arg();
        arg.ch = read(fmtpos);
        if (arg.ch == '%') {
            fmtpos++;
            fmtcnt--;
            out.appendCodePointUncached('%');
            return;
        }
        parse(arg);
        TruffleString str = convert(arg);
        if (str != null) {
            output(arg, StrFormat.codePoints(str));
        }
        if (dict != null && argidx < arglen) {
            throw PythonErrors.typeError(loc, "not all arguments converted during string formatting");
        }
    }

    /** unicode_format_arg_parse: {@code %(key)}, flags, width, precision and a length modifier. */
    private void parse(Arg arg) {
        if (arg.ch == '(') {
            if (dict == null) {
                throw PythonErrors.typeError(loc, "format requires a mapping");
            }
            fmtpos++;
            fmtcnt--;
            int keystart = fmtpos;
            int pcount = 1;
            while (pcount > 0 && --fmtcnt >= 0) {
                arg.ch = read(fmtpos);
                if (arg.ch == ')') {
                    pcount--;
                } else if (arg.ch == '(') {
                    pcount++;
                }
                fmtpos++;
            }
            int keylen = fmtpos - keystart - 1;
            if (fmtcnt < 0 || pcount > 0) {
                throw PythonErrors.valueError(loc, "incomplete format key");
            }
            int[] key = java.util.Arrays.copyOfRange(fmt, keystart, keystart + keylen);
            Object k;
            if (bytesMode) {
                byte[] kb = new byte[key.length];
                for (int i = 0; i < key.length; i++) {
                    kb[i] = (byte) key[i];
                }
                k = new org.pyj.interpreter.runtime.PBytes(kb);
            } else {
                k = PyStr.fromCodePoints(key);
            }
            args = PyObjectItems.getItem(loc, dict, k);
            arglen = -1;
            argidx = -2;
        }
        while (--fmtcnt >= 0) {
            arg.ch = read(fmtpos++);
            int flag = switch (arg.ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (flag == 0) {
                break;
            }
            arg.flags |= flag;
        }
        if (arg.ch == '*') {
            Object v = nextArg();
            if (!BuiltinArithmetic.isInt(v)) {
                throw PythonErrors.typeError(loc, "* wants int");
            }
            BigInteger w = BuiltinArithmetic.toBig(v);
            if (w.bitLength() > 63) {
                throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            }
            arg.width = w.longValue();
            if (arg.width < 0) {
                arg.flags |= F_LJUST;
                arg.width = -arg.width;
            }
            if (--fmtcnt >= 0) {
                arg.ch = read(fmtpos++);
            }
        } else if (arg.ch >= '0' && arg.ch <= '9') {
            arg.width = arg.ch - '0';
            while (--fmtcnt >= 0) {
                arg.ch = read(fmtpos++);
                if (arg.ch < '0' || arg.ch > '9') {
                    break;
                }
                if (arg.width > (Long.MAX_VALUE - (arg.ch - '0')) / 10) {
                    throw PythonErrors.valueError(loc, "width too big");
                }
                arg.width = arg.width * 10 + (arg.ch - '0');
            }
        }
        if (arg.ch == '.') {
            arg.prec = 0;
            if (--fmtcnt >= 0) {
                arg.ch = read(fmtpos++);
            }
            if (arg.ch == '*') {
                Object v = nextArg();
                if (!BuiltinArithmetic.isInt(v)) {
                    throw PythonErrors.typeError(loc, "* wants int");
                }
                BigInteger p = BuiltinArithmetic.toBig(v);
                if (p.bitLength() > 31) {
                    throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
                }
                arg.prec = Math.max(0, p.intValue());
                if (--fmtcnt >= 0) {
                    arg.ch = read(fmtpos++);
                }
            } else if (arg.ch >= '0' && arg.ch <= '9') {
                arg.prec = arg.ch - '0';
                while (--fmtcnt >= 0) {
                    arg.ch = read(fmtpos++);
                    if (arg.ch < '0' || arg.ch > '9') {
                        break;
                    }
                    if (arg.prec > (Integer.MAX_VALUE - (arg.ch - '0')) / 10) {
                        throw PythonErrors.valueError(loc, "precision too big");
                    }
                    arg.prec = arg.prec * 10 + (arg.ch - '0');
                }
            }
        }
        if (fmtcnt >= 0 && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L')) {
            if (--fmtcnt >= 0) {
                arg.ch = read(fmtpos++);
            }
        }
        if (fmtcnt < 0) {
            throw PythonErrors.valueError(loc, "incomplete format");
        }
    }

    /** unicode_format_arg_format: the text of one conversion (before width and sign handling). */
    private TruffleString convert(Arg arg) {
        Object v = nextArg();
        switch (arg.ch) {
            case 's':
                return bytesMode ? bytesArgument(v) : ObjectProtocol.str(loc, v);
            case 'b':
                if (bytesMode) {
                    return bytesArgument(v);
                }
                break;
            case 'r':
                if (bytesMode) {
                    return PyStr.fromJava(ReprFormatter.ascii(PyStr.toJava(ObjectProtocol.repr(loc, v))));
                }
                return ObjectProtocol.repr(loc, v);
            case 'a':
                return PyStr.fromJava(ReprFormatter.ascii(PyStr.toJava(ObjectProtocol.repr(loc, v))));
            case 'i', 'd', 'u', 'o', 'x', 'X':
                arg.sign = true;
                return PyStr.fromJava(formatLong(integer(v, (char) arg.ch), (arg.flags & F_ALT) != 0, arg.prec, arg.ch));
            case 'e', 'E', 'f', 'F', 'g', 'G':
                arg.sign = true;
                return PyStr.fromJava(formatFloat(toDouble(v), arg));
            case 'c':
                return PyStr.fromCodePoints(new int[]{bytesMode ? byteCharacter(v) : character(v)});
            default:
                break;
        }
        int ch = arg.ch;
        throw PythonErrors.valueError(loc, "unsupported format character '%c' (0x%x) at index %d",
                (char) (ch >= 31 && ch <= 126 ? ch : '?'), ch, fmtpos - 1);
    }

    /** mainformatlong's conversion: ints as they are, else int() (or index() for o, x, X). */
    private BigInteger integer(Object v, char type) {
        if (BuiltinArithmetic.isInt(v)) {
            return BuiltinArithmetic.toBig(v);
        }
        boolean hex = type == 'o' || type == 'x' || type == 'X';
        boolean number = v instanceof Double || (ObjectProtocol.isUserObject(v)
                && (ObjectProtocol.lookupSpecial(v, "__index__") != null || ObjectProtocol.lookupSpecial(v, "__int__") != null
                || ObjectProtocol.lookupSpecial(v, "__float__") != null));
        if (number) {
            try {
                Object r = hex ? index(v) : intOf(v);
                if (r != null) {
                    return BuiltinArithmetic.toBig(r);
                }
            } catch (PException e) {
                if (!e.getPythonException().getType().isSubtypeOf(BuiltinTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        throw PythonErrors.typeError(loc, "%%%c format: %s is required, not %s", type,
                hex ? "an integer" : "a real number", PythonTypeOf.typeName(v));
    }

    private Object index(Object v) {
        if (v instanceof Double) {
            return null;
        }
        return PyObjectItems.asIndex(loc, v);
    }

    /** PyNumber_Long for a float or an object with __int__ / __index__; null when it has neither. */
    private Object intOf(Object v) {
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PythonErrors.valueError(loc, "cannot convert float NaN to integer");
            } else if (Double.isInfinite(d)) {
                throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            return PInt.normalize(new java.math.BigDecimal(d).toBigInteger());
        }
        for (String name : new String[]{"__int__", "__index__"}) {
            Object m = ObjectProtocol.lookupSpecial(v, name);
            if (m != null) {
                Object r = ObjectProtocol.callSpecial(loc, m, v);
                if (!BuiltinArithmetic.isInt(r)) {
                    throw PythonErrors.typeError(loc, "%s returned non-int (type %s)", name, PythonTypeOf.typeName(r));
                }
                return r;
            }
        }
        return null;
    }

    /** _PyUnicode_FormatLong: sign, the 0o/0x/0X prefix when alternate, digits zero-filled to the precision. */
    private static String formatLong(BigInteger v, boolean alt, int prec, int type) {
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = v.abs().toString(radix);
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String prefix = !alt || radix == 10 ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** PyFloat_AsDouble: floats, ints, and objects with __float__ or __index__. */
    private double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (BuiltinArithmetic.isInt(v)) {
            return BuiltinArithmetic.toDouble(loc, v);
        }
        if (ObjectProtocol.isUserObject(v)) {
            Object m = ObjectProtocol.lookupSpecial(v, "__float__");
            if (m != null) {
                Object r = ObjectProtocol.callSpecial(loc, m, v);
                if (!(r instanceof Double d)) {
                    throw PythonErrors.typeError(loc, "%s.__float__ returned non-float (type %s)",
                            PythonTypeOf.typeName(v), PythonTypeOf.typeName(r));
                }
                return d;
            }
            if (ObjectProtocol.lookupSpecial(v, "__index__") != null) {
                return BuiltinArithmetic.toDouble(loc, PyObjectItems.asIndex(loc, v));
            }
        }
        throw PythonErrors.typeError(loc, "must be real number, not %s", PythonTypeOf.typeName(v));
    }

    /** PyOS_double_to_string with the conversion's type, precision (6 by default) and alternate flag. */
    private static String formatFloat(double x, Arg arg) {
        return FloatToString.format(x, (char) arg.ch, arg.prec < 0 ? 6 : arg.prec, false, false, (arg.flags & F_ALT) != 0,
                false);
    }

    /** formatchar: a one-character str or an int code point. */
    private int character(Object v) {
        if (v instanceof TruffleString t) {
            if (t.codePointLengthUncached(PyStr.ENCODING) == 1) {
                return t.codePointAtIndexUncached(0, PyStr.ENCODING);
            }
        } else if (ObjectProtocol.isIndex(v)) {
            BigInteger x = BuiltinArithmetic.isInt(v) ? BuiltinArithmetic.toBig(v) : BigInteger.valueOf(PyObjectItems.asIndex(loc, v));
            if (x.signum() < 0 || x.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "%s", "%c arg not in range(0x110000)");
            }
            return x.intValue();
        }
        throw PythonErrors.typeError(loc, "%s", "%c requires int or char");
    }

    /** unicode_format_arg_output: precision truncation, sign, alternate prefix and padding. */
    private void output(Arg arg, int[] str) {
        int fill = arg.sign && (arg.flags & F_ZERO) != 0 ? '0' : ' ';
        int len = str.length;
        if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len)
                && (arg.flags & (F_SIGN | F_BLANK)) == 0) {
            write(str, 0, len);
            return;
        }
        if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec) {
            len = arg.prec;
        }
        int pindex = 0;
        int signchar = 0;
        if (arg.sign) {
            int ch = str.length > 0 ? str[0] : 0;
            if (ch == '-' || ch == '+') {
                signchar = ch;
                len--;
                pindex++;
            } else if ((arg.flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((arg.flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                arg.sign = false;
            }
        }
        long width = Math.max(arg.width, len);
        boolean prefixed = (arg.flags & F_ALT) != 0 && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
        if (arg.sign) {
            if (fill != ' ') {
                out.appendCodePointUncached(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        if (prefixed) {
            if (fill != ' ') {
                out.appendCodePointUncached('0');
                out.appendCodePointUncached(arg.ch);
                pindex += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (arg.flags & F_LJUST) == 0) {
            repeat(fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (arg.sign) {
                out.appendCodePointUncached(signchar);
            }
            if (prefixed) {
                out.appendCodePointUncached('0');
                out.appendCodePointUncached(arg.ch);
                pindex += 2;
            }
        }
        write(str, pindex, pindex + len);
        if (width > len) {
            repeat(' ', width - len);
        }
    }

    private void write(int[] str, int from, int to) {
        for (int i = from; i < to; i++) {
            out.appendCodePointUncached(str[i], 1, true);
        }
    }

    private void repeat(int cp, long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(loc, BuiltinTypes.MEMORY_ERROR, "");
        }
        if (n > 0) {
            out.appendCodePointUncached(cp, (int) n, true);
        }
    }
}

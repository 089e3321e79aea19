package org.pyj.interpreter.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PByteArray;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PBytesLike;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PValueInstance;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The {@code _struct} module: formats parsed into items (native '@' sizes and alignment of
 * x86-64 Linux, or the standard sizes of '<', '>', '=', '!'), pack/unpack and their variants,
 * and {@code Struct}, with CPython's struct.error messages.
 */
public final class StructModule {
    private StructModule() {
    }

    /** One format item: its code, repeat count (or string length), byte size and offset. */
    private record Item(char code, int count, int size, int offset) {
    }

    /** A parsed format. */
    public static final class PStruct implements TruffleObject {
        final String format;
        final boolean little;
        final List<Item> items;
        final int size;
        /** How many values pack takes and unpack gives. */
        final int values;

        PStruct(String format, boolean little, List<Item> items, int size, int values) {
            this.format = format;
            this.little = little;
            this.items = items;
            this.size = size;
            this.values = values;
        }
    }

    /** struct.error. */
    static final PyType ERROR = new PyType("error", "struct", BuiltinTypes.EXCEPTION);

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("_struct");
        PyjContext.put(module, "__name__", PyStr.fromJava("_struct"));
        PyjContext.put(module, "error", ERROR);
        context.defineMethods(BuiltinTypes.UNPACK_ITERATOR, IteratorBuiltins.iteratorMethods(BuiltinTypes.UNPACK_ITERATOR));
        PyType st = BuiltinTypes.STRUCT;
        context.setConstructor(st, JavaBuiltin.function("Struct", "cls, /, format", (loc, a) -> parse(loc, a[1])));
        context.defineMethods(st, List.of(
                JavaBuiltin.method(st, "pack", "self, *values", (loc, a) -> new PBytes(pack(loc, (PStruct) a[0], ((PTuple) a[1]).getItems()))),
                JavaBuiltin.method(st, "unpack", "self, buffer, /", (loc, a) -> unpack(loc, (PStruct) a[0], bytes(loc, a[1]), 0, true)),
                JavaBuiltin.method(st, "unpack_from", "self, buffer, offset=0", (loc, a) ->
                        unpack(loc, (PStruct) a[0], bytes(loc, a[1]), (int) org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]), false)),
                JavaBuiltin.method(st, "iter_unpack", "self, buffer, /", (loc, a) -> iterUnpack(loc, (PStruct) a[0], bytes(loc, a[1]))),
                JavaBuiltin.method(st, "format", "self", (loc, a) -> PyStr.fromJava(((PStruct) a[0]).format)),
                JavaBuiltin.method(st, "size", "self", (loc, a) -> (long) ((PStruct) a[0]).size)));
        for (String p : new String[]{"format", "size"}) {
            st.define(p, new org.pyj.interpreter.runtime.PDescriptors.PProperty(BuiltinTypes.PROPERTY, st.getOwn(p), null, null, PNone.NONE));
        }
        PyjContext.put(module, "Struct", st);
        for (BuiltinSpec spec : List.of(
                JavaBuiltin.function("calcsize", "format, /", (loc, a) -> (long) parse(loc, a[0]).size),
                JavaBuiltin.function("pack", "format, *values", (loc, a) -> new PBytes(pack(loc, parse(loc, a[0]), ((PTuple) a[1]).getItems()))),
                JavaBuiltin.function("unpack", "format, buffer, /", (loc, a) -> unpack(loc, parse(loc, a[0]), bytes(loc, a[1]), 0, true)),
                JavaBuiltin.function("unpack_from", "format, /, buffer, offset=0", (loc, a) ->
                        unpack(loc, parse(loc, a[0]), bytes(loc, a[1]), (int) org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]), false)),
                JavaBuiltin.function("iter_unpack", "format, buffer, /", (loc, a) -> iterUnpack(loc, parse(loc, a[0]), bytes(loc, a[1]))),
                JavaBuiltin.function("pack_into", "format, buffer, offset, *values", (loc, a) -> {
                    PStruct s = parse(loc, a[0]);
                    if (!(a[1] instanceof PByteArray buf)) {
                        throw PythonErrors.typeError(loc, "argument must be read-write bytes-like object, not %s", PythonTypeOf.typeName(a[1]));
                    }
                    byte[] data = pack(loc, s, ((PTuple) a[3]).getItems());
                    long offset = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]);
                    if (offset < 0) {
                        offset += buf.length();
                    }
                    if (offset < 0 || offset + data.length > buf.length()) {
                        throw error(loc, "pack_into requires a buffer of at least " + (data.length + offset) + " bytes for packing "
                                + data.length + " bytes at offset " + offset + " (actual buffer size is " + buf.length() + ")");
                    }
                    System.arraycopy(data, 0, buf.store(), (int) offset, data.length);
                    return PNone.NONE;
                }),
                JavaBuiltin.function("_clearcache", "", (loc, a) -> PNone.NONE))) {
            PyjContext.put(module, spec.name(), context.makeBuiltin(spec, "_struct"));
        }
        return module;
    }

    private static PException error(Node loc, String message) {
        PBaseException e = new PBaseException(ERROR, new PTuple(new Object[]{PyStr.fromJava(message)}));
        return new PException(e, loc);
    }

    private static byte[] bytes(Node loc, Object o) {
        if (o instanceof PBytesLike b) {
            return java.util.Arrays.copyOf(b.store(), b.length());
        }
        if (o instanceof org.pyj.interpreter.runtime.PMemoryView m) {
            return m.toBytes();
        }
        throw PythonErrors.typeError(loc, "a bytes-like object is required, not '%s'", PythonTypeOf.typeName(o));
    }

    private static int nativeSize(char c) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> -1;
        };
    }

    private static int standardSize(char c) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'l', 'L', 'f' -> 4;
            case 'q', 'Q', 'd' -> 8;
            default -> -1;
        };
    }

    @TruffleBoundary
    private static PStruct parse(Node loc, Object formatArg) {
        String format;
        if (formatArg instanceof TruffleString s) {
            format = PyStr.toJava(s);
        } else if (formatArg instanceof PBytes b) {
            format = new String(b.store(), 0, b.length(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PythonErrors.typeError(loc, "Struct() argument 1 must be a str or bytes object, not %s", PythonTypeOf.typeName(formatArg));
        }
        int i = 0;
        boolean nativeMode = true;
        boolean little = true;
        if (!format.isEmpty() && "@=<>!".indexOf(format.charAt(0)) >= 0) {
            char c = format.charAt(0);
            nativeMode = c == '@';
            little = c == '@' || c == '=' || c == '<';
            i = 1;
        }
        List<Item> items = new ArrayList<>();
        int offset = 0;
        int values = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int count = 1;
            boolean counted = false;
            if (Character.isDigit(c)) {
                long n = 0;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    n = n * 10 + (format.charAt(i) - '0');
                    if (n > Integer.MAX_VALUE) {
                        throw error(loc, "total struct size too long");
                    }
                    i++;
                }
                if (i >= format.length()) {
                    throw error(loc, "repeat count given without format specifier");
                }
                count = (int) n;
                counted = true;
                c = format.charAt(i);
            }
            int size = nativeMode ? nativeSize(c) : standardSize(c);
            if (size < 0 || !nativeMode && (c == 'n' || c == 'N' || c == 'P')) {
                throw error(loc, "bad char in struct format");
            }
            if (nativeMode && size > 1 && c != 's' && c != 'p') {
                offset = (offset + size - 1) / size * size;
            }
            if (c == 's' || c == 'p') {
                items.add(new Item(c, counted ? count : 1, 1, offset));
                offset += counted ? count : 1;
                values++;
            } else if (c == 'x') {
                offset += count;
            } else {
                for (int k = 0; k < count; k++) {
                    items.add(new Item(c, 1, size, offset));
                    offset += size;
                    values++;
                }
            }
            i++;
        }
        return new PStruct(format, little, items, offset, values);
    }

    @TruffleBoundary
    private static byte[] pack(Node loc, PStruct s, Object[] args) {
        if (args.length != s.values) {
            throw error(loc, "pack expected " + s.values + " items for packing (got " + args.length + ")");
        }
        byte[] out = new byte[s.size];
        int a = 0;
        for (Item it : s.items) {
            Object v = args[a++];
            switch (it.code) {
                case 's', 'p' -> {
                    if (!(v instanceof PBytesLike b)) {
                        throw error(loc, "argument for 's' must be a bytes object");
                    }
                    int n = it.code == 'p' ? Math.min(b.length(), Math.min(it.count - 1, 255)) : Math.min(b.length(), it.count);
                    int start = it.code == 'p' ? 1 : 0;
                    System.arraycopy(b.store(), 0, out, it.offset + start, Math.max(0, n));
                    if (it.code == 'p' && it.count > 0) {
                        out[it.offset] = (byte) Math.max(0, n);
                    }
                }
                case 'c' -> {
                    if (!(v instanceof PBytesLike b) || b.length() != 1) {
                        throw error(loc, "char format requires a bytes object of length 1");
                    }
                    out[it.offset] = b.store()[0];
                }
                case '?' -> out[it.offset] = (byte) (ObjectProtocol.isTrue(loc, v) ? 1 : 0);
                case 'e', 'f', 'd' -> {
                    double d = org.pyj.interpreter.builtins.MathModule.toDouble(loc, v);
                    long bits;
                    if (it.code == 'd') {
                        bits = Double.doubleToRawLongBits(d);
                    } else if (it.code == 'f') {
                        float f = (float) d;
                        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                            throw PythonErrors.overflow(loc, "float too large to pack with f format");
                        }
                        bits = Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
                    } else {
                        short h = Float.floatToFloat16((float) d);
                        if (Float.isInfinite(Float.float16ToFloat(h)) && !Double.isInfinite(d)) {
                            throw PythonErrors.overflow(loc, "float too large to pack with e format");
                        }
                        bits = h & 0xFFFFL;
                    }
                    put(out, it.offset, it.size, bits, s.little);
                }
                default -> put(out, it.offset, it.size, integer(loc, it.code, it.size, v, s), s.little);
            }
        }
        return out;
    }

    /** An integer argument checked against the code's range, as its two's-complement bits. */
    private static long integer(Node loc, char code, int size, Object v, PStruct s) {
        Object n = PValueInstance.unwrap(v);
        if (!BuiltinArithmetic.isInt(n)) {
            if (ObjectProtocol.isUserObject(v) && ObjectProtocol.lookupSpecial(v, "__index__") != null) {
                n = org.pyj.interpreter.lib.PyNumberIndexNode.indexSlowPath(loc, v);
            } else {
                throw error(loc, "required argument is not an integer");
            }
        }
        BigInteger b = BuiltinArithmetic.toBig(n);
        boolean unsigned = Character.isUpperCase(code) && code != 'P' || code == 'P';
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE);
        if (b.compareTo(min) < 0 || b.compareTo(max) > 0) {
            String name = switch (code) {
                case 'b' -> "byte";
                case 'B' -> "ubyte";
                case 'h' -> "short";
                case 'H' -> "ushort";
                default -> null;
            };
            boolean nativeMode = s.format.isEmpty() || s.format.charAt(0) == '@' || "=<>!".indexOf(s.format.charAt(0)) < 0;
            if (name != null) {
                throw error(loc, name + " format requires " + min + " <= number <= " + max);
            }
            if (!nativeMode && size < 8) {
                throw error(loc, "'" + code + "' format requires " + min + " <= number <= " + max);
            }
            throw error(loc, "argument out of range");
        }
        return b.longValue();
    }

    private static void put(byte[] out, int offset, int size, long bits, boolean little) {
        for (int k = 0; k < size; k++) {
            byte v = (byte) (bits >>> (8 * k));
            out[offset + (little ? k : size - 1 - k)] = v;
        }
    }

    private static long get(byte[] in, int offset, int size, boolean little) {
        long bits = 0;
        for (int k = 0; k < size; k++) {
            long v = in[offset + (little ? k : size - 1 - k)] & 0xFFL;
            bits |= v << (8 * k);
        }
        return bits;
    }

    @TruffleBoundary
    private static PTuple unpack(Node loc, PStruct s, byte[] data, int offset, boolean exact) {
        if (exact && data.length != s.size) {
            throw error(loc, "unpack requires a buffer of " + s.size + " bytes");
        }
        if (offset < 0) {
            offset += data.length;
        }
        if (!exact && (offset < 0 || data.length - offset < s.size)) {
            throw error(loc, "unpack_from requires a buffer of at least " + (s.size + offset) + " bytes for unpacking " + s.size
                    + " bytes at offset " + offset + " (actual buffer size is " + data.length + ")");
        }
        Object[] out = new Object[s.values];
        int k = 0;
        for (Item it : s.items) {
            int at = offset + it.offset;
            out[k++] = switch (it.code) {
                case 's' -> new PBytes(java.util.Arrays.copyOfRange(data, at, at + it.count));
                case 'p' -> {
                    int n = Math.min(data[at] & 0xFF, it.count - 1);
                    yield new PBytes(java.util.Arrays.copyOfRange(data, at + 1, at + 1 + Math.max(0, n)));
                }
                case 'c' -> new PBytes(new byte[]{data[at]});
                case '?' -> data[at] != 0;
                case 'd' -> Double.longBitsToDouble(get(data, at, 8, s.little));
                case 'f' -> (double) Float.intBitsToFloat((int) get(data, at, 4, s.little));
                case 'e' -> (double) Float.float16ToFloat((short) get(data, at, 2, s.little));
                default -> {
                    long bits = get(data, at, it.size, s.little);
                    boolean unsigned = Character.isUpperCase(it.code);
                    if (unsigned) {
                        yield it.size == 8 && bits < 0 ? PInt.normalize(new BigInteger(Long.toUnsignedString(bits))) : (Object) bits;
                    }
                    int shift = 64 - it.size * 8;
                    yield (bits << shift) >> shift;
                }
            };
        }
        return new PTuple(out);
    }

    @TruffleBoundary
    private static Object iterUnpack(Node loc, PStruct s, byte[] data) {
        if (s.size == 0) {
            throw error(loc, "cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % s.size != 0) {
            throw error(loc, "iterative unpacking requires a buffer of a multiple of " + s.size + " bytes");
        }
        List<Object> rows = new ArrayList<>();
        for (int off = 0; off < data.length; off += s.size) {
            rows.add(unpack(loc, s, data, off, false));
        }
        return new org.pyj.interpreter.runtime.PIterator.JavaIterator(rows.iterator(), BuiltinTypes.UNPACK_ITERATOR, null, null);
    }
}

package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.PercentFormat;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.Codecs;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PByteArray;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PBytesLike;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PSlice;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyHash;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/**
 * The bytes and bytearray types: constructors, the methods they share (each returns a value of
 * the receiver's kind) and their special methods, which live in the types' dicts and are found
 * by name like a class's ({@code PyType.dispatchesByName}). The mutating methods of bytearray
 * are in {@link ByteArrayBuiltins}.
 */
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    // ------------------------------------------------------------------ conversions

    /** The value of a bytes-like object (bytes, bytearray, memoryview), or null. */
    @TruffleBoundary
    public static byte[] bufferOrNull(Object o) {
        if (o instanceof PBytesLike b) {
            return b.copyBytes();
        } else if (o instanceof org.pyj.interpreter.runtime.PMemoryView m) {
            return m.toBytes();
        }
        return null;
    }

    /** A bytes-like argument, or CPython's "a bytes-like object is required" TypeError. */
    static byte[] buffer(Node loc, Object o) {
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PythonErrors.typeError(loc, "a bytes-like object is required, not '%s'", PythonTypeOf.typeName(o));
        }
        return b;
    }

    /** The sub-sequence argument of count/find/index and {@code in}: a bytes-like object or a byte value. */
    static byte[] subsequence(Node loc, Object o) {
        byte[] b = bufferOrNull(o);
        if (b != null) {
            return b;
        }
        if (ObjectProtocol.isIndex(o)) {
            return new byte[]{(byte) byteValue(loc, o)};
        }
        throw PythonErrors.typeError(loc, "argument should be integer or bytes-like object, not '%s'", PythonTypeOf.typeName(o));
    }

    /** An int in range(256) ("byte must be in range(0, 256)"). */
    static int byteValue(Node loc, Object o) {
        long v = PyObjectItems.asIndex(loc, o);
        if (v < 0 || v > 255) {
            throw PythonErrors.valueError(loc, "byte must be in range(0, 256)");
        }
        return (int) v;
    }

    /** A value of the receiver's kind: bytearray methods return bytearrays. */
    static PBytesLike make(Object self, byte[] data) {
        return self instanceof PByteArray ? new PByteArray(data) : new PBytes(data);
    }

    private static byte[] value(Object self) {
        return ((PBytesLike) self).copyBytes();
    }

    private static int length(Object self) {
        return ((PBytesLike) self).length();
    }

    private static PList list(Object self, List<byte[]> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = make(self, parts.get(i));
        }
        return new PList(items);
    }

    /** A str argument, with Argument Clinic's message naming it. */
    private static String text(Node loc, Object o, String fn, String which) {
        return PyStr.toJava(StrArgs.str(loc, o, fn, "argument '" + which + "'"));
    }

    /** The fill byte of center/ljust/rjust. */
    private static int fill(Node loc, Object o, String fn) {
        if (!given(o)) {
            return ' ';
        }
        byte[] b = bufferOrNull(o);
        if (b == null || b.length != 1) {
            throw PythonErrors.typeError(loc, "%s() argument 2 must be a byte string of length 1, not %s", fn,
                    PythonTypeOf.typeName(o));
        }
        return b[0] & 0xff;
    }

    private static int width(Node loc, Object o) {
        long w = PyObjectItems.asIndex(loc, o);
        return (int) Math.min(w, Integer.MAX_VALUE - 8);
    }

    // ------------------------------------------------------------------ construction

    /** {@code bytes(source, encoding, errors)} and {@code bytearray(...)}: the initial value. */
    @TruffleBoundary
    static byte[] construct(Node loc, Object source, Object encoding, Object errors, String kind) {
        String enc = given(encoding) ? text(loc, encoding, kind, "encoding") : null;
        String err = given(errors) ? text(loc, errors, kind, "errors") : "strict";
        if (!given(source)) {
            if (given(encoding) || given(errors)) {
                throw PythonErrors.typeError(loc, given(encoding) ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return PBytes.NO_BYTES;
        }
        if (source instanceof TruffleString s) {
            if (!given(encoding)) {
                throw PythonErrors.typeError(loc, "string argument without an encoding");
            }
            return Codecs.encode(loc, s, enc, err);
        }
        if (given(encoding) || given(errors)) {
            throw PythonErrors.typeError(loc, given(encoding) ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (kind.equals("bytes") && ObjectProtocol.isUserObject(source)) {
            Object m = ObjectProtocol.lookupSpecial(source, "__bytes__");
            if (m != null) {
                Object r = ObjectProtocol.callSpecial(loc, m, source);
                if (!(r instanceof PBytes b)) {
                    throw PythonErrors.typeError(loc, "__bytes__ returned non-bytes (type %s)", PythonTypeOf.typeName(r));
                }
                return b.copyBytes();
            }
        }
        byte[] buf = bufferOrNull(source);
        if (buf != null) {
            return buf;
        }
        if (ObjectProtocol.isIndex(source)) {
            if (source instanceof org.pyj.interpreter.runtime.PInt big && big.getValue().bitLength() > 63) {
                throw PythonErrors.overflow(loc, "cannot fit 'int' into an index-sized integer");
            }
            long n = PyObjectItems.asIndex(loc, source);
            if (n < 0) {
                throw PythonErrors.valueError(loc, "negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw PythonErrors.raise(loc, BuiltinTypes.MEMORY_ERROR, "");
            }
            return new byte[(int) n];
        }
        Object[] items;
        try {
            items = Containers.toArray(loc, source);
        } catch (org.pyj.interpreter.exceptions.PException e) {
            if (e.getPythonException().getType() == BuiltinTypes.TYPE_ERROR && !ObjectProtocol.isUserObject(source)
                    && !(source instanceof PIterator)) {
                throw PythonErrors.typeError(loc, "cannot convert '%s' object to %s", PythonTypeOf.typeName(source), kind);
            }
            throw e;
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = PyObjectItems.asIndex(loc, items[i]);
            if (v < 0 || v > 255) {
                throw PythonErrors.valueError(loc, kind.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    // ------------------------------------------------------------------ installation

    public static void install(PyjContext context) {
        PyType bytes = BuiltinTypes.BYTES;
        context.setConstructor(bytes, JavaBuiltin.function("bytes", "cls, /, source=?, encoding=?, errors=?", (loc, a) -> {
            byte[] data = construct(loc, a[1], a[2], a[3], "bytes");
            return new PBytes((PyType) a[0], data);
        }));
        context.defineMethods(bytes, shared(bytes));
        context.defineMethods(bytes, List.of(
                method(bytes, "__hash__", "self", (loc, a) -> hash(loc, (PBytesLike) a[0])),
                method(bytes, "__bytes__", "self", (loc, a) -> a[0] instanceof PBytes b && b.getPythonType() == BuiltinTypes.BYTES
                        ? b : new PBytes(value(a[0]))),
                method(bytes, "__getnewargs__", "self", (loc, a) -> new PTuple(new Object[]{new PBytes(value(a[0]))}))));
        PyType bytearray = BuiltinTypes.BYTEARRAY;
        context.setConstructor(bytearray, JavaBuiltin.function("bytearray", "cls, /, source=?, encoding=?, errors=?",
                (loc, a) -> {
                    // bytearray itself is filled here; subclasses are filled by __init__ (called after allocation).
                    byte[] data = a[0] == BuiltinTypes.BYTEARRAY ? construct(loc, a[1], a[2], a[3], "bytearray") : PBytes.NO_BYTES;
                    return new PByteArray((PyType) a[0], data);
                }));
        context.defineMethods(bytearray, shared(bytearray));
        context.defineMethods(bytearray, ByteArrayBuiltins.methods());
        bytearray.define("__hash__", PNone.NONE);
        for (PyType t : new PyType[]{bytes, bytearray}) {
            t.define("fromhex", PDescriptors.PClassMethod.ofBuiltin(t, "fromhex"));
            t.define("maketrans", new PDescriptors.PStaticMethod(t.getOwn("maketrans")));
        }
        MemoryViews.install(context);
    }

    @TruffleBoundary
    static long hash(Node loc, PBytesLike b) {
        long[] key = PyjContext.get(loc).getHashKey();
        return PyHash.ofBytes(b.copyBytes(), key[0], key[1]);
    }

    /** The methods bytes and bytearray share, defined once per type. */
    private static List<BuiltinSpec> shared(PyType t) {
        List<BuiltinSpec> specs = new ArrayList<>();
        // --- special methods
        specs.add(method(t, "__len__", "self", (loc, a) -> (long) length(a[0])));
        specs.add(method(t, "__getitem__", "self, key, /", (loc, a) -> getItem(loc, (PBytesLike) a[0], a[1])));
        specs.add(method(t, "__iter__", "self", (loc, a) -> iterator((PBytesLike) a[0])));
        specs.add(method(t, "__contains__", "self, key, /", (loc, a) -> contains(loc, (PBytesLike) a[0], a[1])));
        specs.add(method(t, "__add__", "self, value, /", (loc, a) -> {
            byte[] other = bufferOrNull(a[1]);
            if (other == null) {
                throw PythonErrors.typeError(loc, "can't concat %s to %s", PythonTypeOf.typeName(a[1]), PythonTypeOf.typeName(a[0]));
            }
            return make(a[0], concat(value(a[0]), other));
        }));
        specs.add(method(t, "__mul__", "self, value, /", (loc, a) -> repeat(loc, a[0], a[1])));
        specs.add(method(t, "__rmul__", "self, value, /", (loc, a) -> repeat(loc, a[0], a[1])));
        specs.add(method(t, "__mod__", "self, value, /", (loc, a) -> make(a[0],
                PercentFormat.formatBytes(loc, ((PBytesLike) a[0]).store(), length(a[0]), a[1]))));
        specs.add(method(t, "__rmod__", "self, value, /", (loc, a) -> PSingleton.NOT_IMPLEMENTED));
        for (CompareOp op : CompareOp.values()) {
            if (op.dunder() != null) {
                specs.add(method(t, op.dunder(), "self, value, /", (loc, a) -> compare((PBytesLike) a[0], a[1], op)));
            }
        }
        specs.add(method(t, "__repr__", "self", (loc, a) -> PyStr.fromJava(repr((PBytesLike) a[0]))));
        specs.add(method(t, "__str__", "self", (loc, a) -> PyStr.fromJava(repr((PBytesLike) a[0]))));
        // --- text conversion
        specs.add(method(t, "decode", "self, /, encoding=?, errors=?", (loc, a) -> {
            String enc = given(a[1]) ? text(loc, a[1], "decode", "encoding") : "utf-8";
            String err = given(a[2]) ? text(loc, a[2], "decode", "errors") : "strict";
            PBytesLike self = (PBytesLike) a[0];
            return Codecs.decode(loc, self.store(), self.length(), enc, err);
        }));
        specs.add(method(t, "hex", "self, /, sep=?, bytes_per_sep=?", (loc, a) -> {
            String sep = null;
            if (given(a[1])) {
                byte[] sb = bufferOrNull(a[1]);
                if (a[1] instanceof TruffleString s) {
                    sep = PyStr.toJava(s);
                } else if (sb != null) {
                    sep = new String(sb, java.nio.charset.StandardCharsets.ISO_8859_1);
                } else {
                    throw PythonErrors.typeError(loc, "object of type '%s' has no len()", PythonTypeOf.typeName(a[1]));
                }
                if (sep.codePointCount(0, sep.length()) != 1) {
                    throw PythonErrors.valueError(loc, "sep must be length 1.");
                }
                if (sep.charAt(0) > 127) {
                    throw PythonErrors.valueError(loc, "sep must be ASCII.");
                }
            }
            int per = given(a[2]) ? (int) PyObjectItems.asIndex(loc, a[2]) : 1;
            return PyStr.fromJava(BytesMethods.hex(value(a[0]), sep, per));
        }));
        specs.add(JavaBuiltin.function("fromhex", "cls, string, /", (loc, a) -> {
            if (!(a[1] instanceof TruffleString s)) {
                throw PythonErrors.typeError(loc, "fromhex() argument must be str, not %s",
                        a[1] == PNone.NONE ? "None" : PythonTypeOf.typeName(a[1]));
            }
            byte[] data = fromhex(loc, PyStr.codePoints(s));
            PyType cls = (PyType) a[0];
            if (cls == BuiltinTypes.BYTES) {
                return new PBytes(data);
            } else if (cls == BuiltinTypes.BYTEARRAY) {
                return new PByteArray(data);
            }
            return ObjectProtocol.call(loc, cls, new PBytes(data));
        }));
        // --- search
        specs.add(method(t, "count", "self, sub, start=?, end=?, /", (loc, a) -> {
            int[] r = StrArgs.range(loc, a[2], a[3], length(a[0]));
            return (long) BytesMethods.count(value(a[0]), subsequence(loc, a[1]), r[0], r[1], Integer.MAX_VALUE);
        }));
        specs.add(method(t, "find", "self, sub, start=?, end=?, /", (loc, a) -> (long) find(loc, a, false)));
        specs.add(method(t, "rfind", "self, sub, start=?, end=?, /", (loc, a) -> (long) find(loc, a, true)));
        specs.add(method(t, "index", "self, sub, start=?, end=?, /", (loc, a) -> (long) found(loc, find(loc, a, false))));
        specs.add(method(t, "rindex", "self, sub, start=?, end=?, /", (loc, a) -> (long) found(loc, find(loc, a, true))));
        specs.add(method(t, "startswith", "self, prefix, start=?, end=?, /", (loc, a) -> affix(loc, a, "startswith")));
        specs.add(method(t, "endswith", "self, suffix, start=?, end=?, /", (loc, a) -> affix(loc, a, "endswith")));
        // --- splitting and joining
        specs.add(method(t, "split", "self, /, sep=None, maxsplit=-1", (loc, a) -> list(a[0],
                BytesMethods.split(value(a[0]), separator(loc, a[1]), maxsplit(loc, a[2])))));
        specs.add(method(t, "rsplit", "self, /, sep=None, maxsplit=-1", (loc, a) -> list(a[0],
                BytesMethods.rsplit(value(a[0]), separator(loc, a[1]), maxsplit(loc, a[2])))));
        specs.add(method(t, "splitlines", "self, /, keepends=False", (loc, a) -> list(a[0],
                BytesMethods.splitlines(value(a[0]), ObjectProtocol.isTrue(loc, a[1])))));
        specs.add(method(t, "partition", "self, sep, /", (loc, a) -> partition(loc, a[0], a[1], false)));
        specs.add(method(t, "rpartition", "self, sep, /", (loc, a) -> partition(loc, a[0], a[1], true)));
        specs.add(method(t, "join", "self, iterable_of_bytes, /", (loc, a) -> join(loc, a[0], a[1])));
        specs.add(method(t, "strip", "self, bytes=None, /", (loc, a) -> make(a[0],
                BytesMethods.strip(value(a[0]), a[1] == PNone.NONE ? null : buffer(loc, a[1]), true, true))));
        specs.add(method(t, "lstrip", "self, bytes=None, /", (loc, a) -> make(a[0],
                BytesMethods.strip(value(a[0]), a[1] == PNone.NONE ? null : buffer(loc, a[1]), true, false))));
        specs.add(method(t, "rstrip", "self, bytes=None, /", (loc, a) -> make(a[0],
                BytesMethods.strip(value(a[0]), a[1] == PNone.NONE ? null : buffer(loc, a[1]), false, true))));
        specs.add(method(t, "removeprefix", "self, prefix, /", (loc, a) -> {
            byte[] s = value(a[0]);
            byte[] p = buffer(loc, a[1]);
            return make(a[0], BytesMethods.startsWith(s, p, 0, s.length) ? java.util.Arrays.copyOfRange(s, p.length, s.length) : s);
        }));
        specs.add(method(t, "removesuffix", "self, suffix, /", (loc, a) -> {
            byte[] s = value(a[0]);
            byte[] p = buffer(loc, a[1]);
            return make(a[0], p.length > 0 && BytesMethods.endsWith(s, p, 0, s.length)
                    ? java.util.Arrays.copyOfRange(s, 0, s.length - p.length) : s);
        }));
        specs.add(method(t, "replace", "self, old, new, count=-1, /", (loc, a) -> make(a[0],
                BytesMethods.replace(value(a[0]), buffer(loc, a[1]), buffer(loc, a[2]),
                        (int) Math.max(-1, Math.min(Integer.MAX_VALUE, PyObjectItems.asIndex(loc, a[3])))))));
        // --- padding
        specs.add(method(t, "center", "self, width, fillchar=?, /", (loc, a) -> {
            byte[] s = value(a[0]);
            int w = width(loc, a[1]);
            int f = fill(loc, a[2], "center");
            if (s.length >= w) {
                return make(a[0], s);
            }
            int marg = w - s.length;
            int left = marg / 2 + (marg & w & 1);
            return make(a[0], BytesMethods.pad(s, left, marg - left, f));
        }));
        specs.add(method(t, "ljust", "self, width, fillchar=?, /", (loc, a) -> {
            byte[] s = value(a[0]);
            int w = width(loc, a[1]);
            int f = fill(loc, a[2], "ljust");
            return make(a[0], s.length >= w ? s : BytesMethods.pad(s, 0, w - s.length, f));
        }));
        specs.add(method(t, "rjust", "self, width, fillchar=?, /", (loc, a) -> {
            byte[] s = value(a[0]);
            int w = width(loc, a[1]);
            int f = fill(loc, a[2], "rjust");
            return make(a[0], s.length >= w ? s : BytesMethods.pad(s, w - s.length, 0, f));
        }));
        specs.add(method(t, "zfill", "self, width, /", (loc, a) -> make(a[0], BytesMethods.zfill(value(a[0]), width(loc, a[1])))));
        specs.add(method(t, "expandtabs", "self, /, tabsize=8", (loc, a) -> make(a[0],
                BytesMethods.expandtabs(value(a[0]), (int) PyObjectItems.asIndex(loc, a[1])))));
        // --- case
        specs.add(method(t, "lower", "self", (loc, a) -> make(a[0], BytesMethods.lower(value(a[0])))));
        specs.add(method(t, "upper", "self", (loc, a) -> make(a[0], BytesMethods.upper(value(a[0])))));
        specs.add(method(t, "swapcase", "self", (loc, a) -> make(a[0], BytesMethods.swapcase(value(a[0])))));
        specs.add(method(t, "capitalize", "self", (loc, a) -> make(a[0], BytesMethods.capitalize(value(a[0])))));
        specs.add(method(t, "title", "self", (loc, a) -> make(a[0], BytesMethods.title(value(a[0])))));
        // --- predicates
        specs.add(method(t, "isalnum", "self", (loc, a) -> all(value(a[0]), b -> BytesMethods.isAlpha(b) || BytesMethods.isDigit(b))));
        specs.add(method(t, "isalpha", "self", (loc, a) -> all(value(a[0]), BytesMethods::isAlpha)));
        specs.add(method(t, "isdigit", "self", (loc, a) -> all(value(a[0]), BytesMethods::isDigit)));
        specs.add(method(t, "isspace", "self", (loc, a) -> all(value(a[0]), BytesMethods::isSpace)));
        specs.add(method(t, "isascii", "self", (loc, a) -> {
            for (byte b : value(a[0])) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        }));
        specs.add(method(t, "islower", "self", (loc, a) -> cased(value(a[0]), true)));
        specs.add(method(t, "isupper", "self", (loc, a) -> cased(value(a[0]), false)));
        specs.add(method(t, "istitle", "self", (loc, a) -> BytesMethods.isTitle(value(a[0]))));
        // --- translation
        specs.add(method(t, "translate", "self, table, /, delete=?", (loc, a) -> {
            byte[] table = null;
            if (a[1] != PNone.NONE) {
                table = buffer(loc, a[1]);
                if (table.length != 256) {
                    throw PythonErrors.valueError(loc, "translation table must be 256 characters long");
                }
            }
            boolean[] deleted = new boolean[256];
            if (given(a[2])) {
                for (byte b : buffer(loc, a[2])) {
                    deleted[b & 0xff] = true;
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte b : value(a[0])) {
                if (!deleted[b & 0xff]) {
                    out.write(table == null ? b : table[b & 0xff]);
                }
            }
            return make(a[0], out.toByteArray());
        }));
        specs.add(JavaBuiltin.function("maketrans", "frm, to, /", (loc, a) -> {
            byte[] from = buffer(loc, a[0]);
            byte[] to = buffer(loc, a[1]);
            if (from.length != to.length) {
                throw PythonErrors.valueError(loc, "maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PBytes(table);
        }));
        return specs;
    }

    // ------------------------------------------------------------------ special methods

    @TruffleBoundary
    static Object getItem(Node loc, PBytesLike self, Object key) {
        if (key instanceof PSlice s) {
            PSlice.Bounds b = PyObjectItems.bounds(loc, s, self.length());
            byte[] out = new byte[b.length()];
            for (int i = 0, j = b.start(); i < out.length; i++, j += b.step()) {
                out[i] = self.store()[j];
            }
            return make(self, out);
        }
        if (!ObjectProtocol.isIndex(key)) {
            throw PythonErrors.typeError(loc, "%s indices must be integers or slices, not %s",
                    self instanceof PByteArray ? "bytearray" : "byte", PythonTypeOf.typeName(key));
        }
        return (long) self.get(index(loc, self, key));
    }

    /** A valid index into {@code self} (IndexError otherwise, worded per type). */
    static int index(Node loc, PBytesLike self, Object key) {
        long i = PyObjectItems.asIndex(loc, key);
        if (i < 0) {
            i += self.length();
        }
        if (i < 0 || i >= self.length()) {
            throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "%s", self instanceof PByteArray
                    ? "bytearray index out of range" : "index out of range");
        }
        return (int) i;
    }

    private static Object iterator(PBytesLike self) {
        java.util.Iterator<Object> it = new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < self.length();
            }

            @Override
            public Object next() {
                return (long) self.get(i++);
            }
        };
        return new PIterator.JavaIterator(it, self instanceof PByteArray ? BuiltinTypes.BYTEARRAY_ITERATOR
                : BuiltinTypes.BYTES_ITERATOR, null, null);
    }

    private static boolean contains(Node loc, PBytesLike self, Object item) {
        byte[] sub = bufferOrNull(item);
        if (sub == null) {
            if (!ObjectProtocol.isIndex(item)) {
                throw PythonErrors.typeError(loc, "a bytes-like object is required, not '%s'", PythonTypeOf.typeName(item));
            }
            sub = new byte[]{(byte) byteValue(loc, item)};
        }
        byte[] s = self.copyBytes();
        return BytesMethods.find(s, sub, 0, s.length) >= 0;
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    static Object repeat(Node loc, Object self, Object times) {
        if (!ObjectProtocol.isIndex(times)) {
            if (ObjectProtocol.isUserObject(times) && !(times instanceof PBytesLike)) {
                return PSingleton.NOT_IMPLEMENTED; // its __rmul__ may take it
            }
            throw PythonErrors.typeError(loc, "can't multiply sequence by non-int of type '%s'", PythonTypeOf.typeName(times));
        }
        long n = PyObjectItems.asIndex(loc, times);
        byte[] s = value(self);
        if (n <= 0 || s.length == 0) {
            return make(self, PBytes.NO_BYTES);
        }
        if (n * s.length > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(loc, BuiltinTypes.MEMORY_ERROR, "");
        }
        byte[] out = new byte[(int) (n * s.length)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(s, 0, out, i * s.length, s.length);
        }
        return make(self, out);
    }

    private static Object compare(PBytesLike self, Object other, CompareOp op) {
        if (!(other instanceof PBytesLike o)) {
            return PSingleton.NOT_IMPLEMENTED;
        }
        int c = java.util.Arrays.compareUnsigned(self.store(), 0, self.length(), o.store(), 0, o.length());
        return op.test(c);
    }

    static String repr(PBytesLike self) {
        String r = BytesMethods.repr(self.store(), self.length());
        if (self instanceof PByteArray) {
            return self.getPythonType().getName() + "(" + r + ")";
        }
        return r;
    }

    // ------------------------------------------------------------------ method helpers

    private static int find(Node loc, Object[] a, boolean reverse) {
        byte[] s = value(a[0]);
        int[] r = StrArgs.range(loc, a[2], a[3], s.length);
        byte[] sub = subsequence(loc, a[1]);
        return reverse ? BytesMethods.rfind(s, sub, r[0], r[1]) : BytesMethods.find(s, sub, r[0], r[1]);
    }

    private static int found(Node loc, int i) {
        if (i < 0) {
            throw PythonErrors.valueError(loc, "subsection not found");
        }
        return i;
    }

    private static boolean affix(Node loc, Object[] a, String fn) {
        byte[] s = value(a[0]);
        int[] r = StrArgs.range(loc, a[2], a[3], s.length);
        Object[] options = a[1] instanceof PTuple t ? t.getItems() : new Object[]{a[1]};
        for (Object o : options) {
            byte[] p = bufferOrNull(o);
            if (p == null) {
                if (a[1] instanceof PTuple) {
                    throw PythonErrors.typeError(loc, "a bytes-like object is required, not '%s'", PythonTypeOf.typeName(o));
                }
                throw PythonErrors.typeError(loc, "%s first arg must be bytes or a tuple of bytes, not %s", fn,
                        PythonTypeOf.typeName(o));
            }
            if (fn.equals("startswith") ? BytesMethods.startsWith(s, p, r[0], r[1]) : BytesMethods.endsWith(s, p, r[0], r[1])) {
                return true;
            }
        }
        return false;
    }

    private static byte[] separator(Node loc, Object o) {
        if (o == PNone.NONE) {
            return null;
        }
        byte[] sep = buffer(loc, o);
        if (sep.length == 0) {
            throw PythonErrors.valueError(loc, "empty separator");
        }
        return sep;
    }

    private static int maxsplit(Node loc, Object o) {
        long n = PyObjectItems.asIndex(loc, o);
        return (int) Math.max(-1, Math.min(n, Integer.MAX_VALUE));
    }

    private static PTuple partition(Node loc, Object self, Object sepArg, boolean reverse) {
        byte[] s = value(self);
        byte[] sep = buffer(loc, sepArg);
        if (sep.length == 0) {
            throw PythonErrors.valueError(loc, "empty separator");
        }
        int i = reverse ? BytesMethods.rfind(s, sep, 0, s.length) : BytesMethods.find(s, sep, 0, s.length);
        if (i < 0) {
            return reverse ? new PTuple(new Object[]{make(self, PBytes.NO_BYTES), make(self, PBytes.NO_BYTES), make(self, s)})
                    : new PTuple(new Object[]{make(self, s), make(self, PBytes.NO_BYTES), make(self, PBytes.NO_BYTES)});
        }
        return new PTuple(new Object[]{make(self, java.util.Arrays.copyOfRange(s, 0, i)), make(self, sep),
                make(self, java.util.Arrays.copyOfRange(s, i + sep.length, s.length))});
    }

    private static Object join(Node loc, Object self, Object iterable) {
        Object[] items;
        try {
            items = Containers.toArray(loc, iterable);
        } catch (org.pyj.interpreter.exceptions.PException e) {
            if (e.getPythonException().getType() == BuiltinTypes.TYPE_ERROR && !ObjectProtocol.isUserObject(iterable)) {
                throw PythonErrors.typeError(loc, "can only join an iterable"); // PySequence_Fast's message
            }
            throw e;
        }
        byte[] sep = value(self);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] b = bufferOrNull(items[i]);
            if (b == null) {
                throw PythonErrors.typeError(loc, "sequence item %d: expected a bytes-like object, %s found", i,
                        PythonTypeOf.typeName(items[i]));
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(b);
        }
        return make(self, out.toByteArray());
    }

    private static boolean all(byte[] s, java.util.function.IntPredicate p) {
        if (s.length == 0) {
            return false;
        }
        for (byte b : s) {
            if (!p.test(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cased(byte[] s, boolean lower) {
        boolean any = false;
        for (byte b : s) {
            if (lower ? BytesMethods.isUpper(b) : BytesMethods.isLower(b)) {
                return false;
            }
            any |= lower ? BytesMethods.isLower(b) : BytesMethods.isUpper(b);
        }
        return any;
    }

    private static byte[] fromhex(Node loc, int[] s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length) {
            if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == 0x0b || s[i] == 0x0c) {
                i++;
                continue;
            }
            int hi = s[i] < 128 ? Character.digit(s[i], 16) : -1;
            if (hi < 0) {
                throw PythonErrors.valueError(loc, "non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            int lo = i + 1 < s.length && s[i + 1] < 128 ? Character.digit(s[i + 1], 16) : -1;
            if (lo < 0) {
                throw PythonErrors.valueError(loc, "non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }
}

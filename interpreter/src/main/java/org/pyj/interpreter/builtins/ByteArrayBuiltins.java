package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PByteArray;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PSlice;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/** The methods only bytearray has: those that change it in place. */
final class ByteArrayBuiltins {
    private static final PyType T = BuiltinTypes.BYTEARRAY;

    private ByteArrayBuiltins() {
    }

    static List<BuiltinSpec> methods() {
        return List.of(
                method(T, "__init__", "self, /, source=?, encoding=?, errors=?", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    byte[] data = BytesBuiltins.construct(loc, a[1], a[2], a[3], "bytearray");
                    checkResizable(loc, self);
                    self.setBytes(data.clone(), data.length);
                    return PNone.NONE;
                }),
                method(T, "__setitem__", "self, key, value, /", (loc, a) -> {
                    setItem(loc, (PByteArray) a[0], a[1], a[2]);
                    return PNone.NONE;
                }),
                method(T, "__delitem__", "self, key, /", (loc, a) -> {
                    delItem(loc, (PByteArray) a[0], a[1]);
                    return PNone.NONE;
                }),
                method(T, "__iadd__", "self, value, /", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    byte[] other = BytesBuiltins.bufferOrNull(a[1]);
                    if (other == null) {
                        throw PythonErrors.typeError(loc, "can't concat %s to %s", PythonTypeOf.typeName(a[1]),
                                PythonTypeOf.typeName(a[0]));
                    }
                    checkResizable(loc, self);
                    self.appendAll(other, 0, other.length);
                    return self;
                }),
                method(T, "__imul__", "self, value, /", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    Object r = BytesBuiltins.repeat(loc, self, a[1]);
                    if (r == PSingleton.NOT_IMPLEMENTED) {
                        return r;
                    }
                    byte[] data = ((PByteArray) r).copyBytes();
                    checkResizable(loc, self);
                    self.setBytes(data, data.length);
                    return self;
                }),
                method(T, "__alloc__", "self", (loc, a) -> (long) ((PByteArray) a[0]).store().length + 1),
                method(T, "append", "self, item, /", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    int b = BytesBuiltins.byteValue(loc, a[1]);
                    checkResizable(loc, self);
                    self.append(b);
                    return PNone.NONE;
                }),
                method(T, "extend", "self, iterable_of_ints, /", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    byte[] data = BytesBuiltins.bufferOrNull(a[1]);
                    if (data == null) {
                        if (a[1] instanceof com.oracle.truffle.api.strings.TruffleString) {
                            throw PythonErrors.typeError(loc, "expected iterable of integers; got: 'str'");
                        }
                        data = ints(loc, a[1]);
                    }
                    checkResizable(loc, self);
                    self.appendAll(data, 0, data.length);
                    return PNone.NONE;
                }),
                method(T, "insert", "self, index, item, /", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    long i = PyObjectItems.asIndex(loc, a[1]);
                    int b = BytesBuiltins.byteValue(loc, a[2]);
                    int n = self.length();
                    if (i < 0) {
                        i = Math.max(0, i + n);
                    }
                    int at = (int) Math.min(i, n);
                    checkResizable(loc, self);
                    self.replace(at, at, new byte[]{(byte) b}, 1);
                    return PNone.NONE;
                }),
                method(T, "pop", "self, index=-1, /", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    if (self.length() == 0) {
                        throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "pop from empty bytearray");
                    }
                    long i = PyObjectItems.asIndex(loc, a[1]);
                    if (i < 0) {
                        i += self.length();
                    }
                    if (i < 0 || i >= self.length()) {
                        throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "pop index out of range");
                    }
                    int v = self.get((int) i);
                    checkResizable(loc, self);
                    self.replace((int) i, (int) i + 1, PBytes.NO_BYTES, 0);
                    return (long) v;
                }),
                method(T, "remove", "self, value, /", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    int b = BytesBuiltins.byteValue(loc, a[1]);
                    for (int i = 0; i < self.length(); i++) {
                        if (self.get(i) == b) {
                            checkResizable(loc, self);
                            self.replace(i, i + 1, PBytes.NO_BYTES, 0);
                            return PNone.NONE;
                        }
                    }
                    throw PythonErrors.valueError(loc, "value not found in bytearray");
                }),
                method(T, "clear", "self", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    checkResizable(loc, self);
                    self.setBytes(PBytes.NO_BYTES, 0);
                    return PNone.NONE;
                }),
                method(T, "copy", "self", (loc, a) -> new PByteArray(((PByteArray) a[0]).copyBytes())),
                method(T, "reverse", "self", (loc, a) -> {
                    PByteArray self = (PByteArray) a[0];
                    for (int i = 0, j = self.length() - 1; i < j; i++, j--) {
                        int x = self.get(i);
                        self.set(i, self.get(j));
                        self.set(j, x);
                    }
                    return PNone.NONE;
                }));
    }

    /** A size change while a memoryview exports the buffer is a BufferError, as in CPython. */
    private static void checkResizable(Node loc, PByteArray self) {
        if (self.getExports() > 0) {
            throw PythonErrors.raise(loc, BuiltinTypes.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
    }

    /** An iterable of ints in range(256), as bytes. */
    private static byte[] ints(Node loc, Object iterable) {
        Object[] items = Containers.toArray(loc, iterable);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) BytesBuiltins.byteValue(loc, items[i]);
        }
        return out;
    }

    private static void setItem(Node loc, PByteArray self, Object key, Object value) {
        if (key instanceof PSlice s) {
            byte[] data = BytesBuiltins.bufferOrNull(value);
            if (data == null) {
                if (value instanceof com.oracle.truffle.api.strings.TruffleString || BuiltinArithmetic.isInt(value)
                        || value == PNone.NONE) {
                    throw PythonErrors.typeError(loc, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                data = ints(loc, value);
            }
            PSlice.Bounds b = PyObjectItems.bounds(loc, s, self.length());
            if (b.step() == 1) {
                int stop = Math.max(b.start(), b.stop());
                if (data.length != stop - b.start()) {
                    checkResizable(loc, self);
                }
                self.replace(b.start(), stop, data, data.length);
                return;
            }
            if (data.length != b.length()) {
                throw PythonErrors.valueError(loc, "attempt to assign bytes of size %d to extended slice of size %d",
                        data.length, b.length());
            }
            for (int i = 0, j = b.start(); i < data.length; i++, j += b.step()) {
                self.set(j, data[i] & 0xff);
            }
            return;
        }
        if (!ObjectProtocol.isIndex(key)) {
            throw PythonErrors.typeError(loc, "bytearray indices must be integers or slices, not %s", PythonTypeOf.typeName(key));
        }
        int i = BytesBuiltins.index(loc, self, key);
        self.set(i, BytesBuiltins.byteValue(loc, value));
    }

    private static void delItem(Node loc, PByteArray self, Object key) {
        if (key instanceof PSlice s) {
            PSlice.Bounds b = PyObjectItems.bounds(loc, s, self.length());
            if (b.length() == 0) {
                return;
            }
            checkResizable(loc, self);
            boolean[] gone = new boolean[self.length()];
            for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                gone[j] = true;
            }
            byte[] out = new byte[self.length() - b.length()];
            for (int i = 0, k = 0; i < self.length(); i++) {
                if (!gone[i]) {
                    out[k++] = (byte) self.get(i);
                }
            }
            self.setBytes(out, out.length);
            return;
        }
        if (!ObjectProtocol.isIndex(key)) {
            throw PythonErrors.typeError(loc, "bytearray indices must be integers or slices, not %s", PythonTypeOf.typeName(key));
        }
        int i = BytesBuiltins.index(loc, self, key);
        checkResizable(loc, self);
        self.replace(i, i + 1, PBytes.NO_BYTES, 0);
    }
}

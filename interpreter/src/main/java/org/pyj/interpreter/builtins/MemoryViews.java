package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PBytesLike;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PMemoryView;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PSlice;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/** The basic memoryview: one-dimensional views of bytes and bytearray in format 'B'. */
final class MemoryViews {
    private static final PyType T = BuiltinTypes.MEMORYVIEW;

    private MemoryViews() {
    }

    static void install(PyjContext context) {
        context.setConstructor(T, JavaBuiltin.function("memoryview", "cls, /, object", (loc, a) -> {
            if (a[1] instanceof PBytesLike b) {
                return new PMemoryView(b, 0, b.length(), 1);
            } else if (a[1] instanceof PMemoryView m) {
                checkReleased(loc, m);
                return new PMemoryView(m.getObject(), m.start(), m.length(), m.step());
            }
            throw PythonErrors.typeError(loc, "memoryview: a bytes-like object is required, not '%s'", PythonTypeOf.typeName(a[1]));
        }));
        context.defineMethods(T, List.of(
                method(T, "__len__", "self", (loc, a) -> (long) live(loc, a[0]).length()),
                method(T, "__iter__", "self", (loc, a) -> org.pyj.interpreter.lib.Containers.getIter(loc,
                        org.pyj.interpreter.lib.ObjectProtocol.call(loc, org.pyj.interpreter.lib.ObjectProtocol.getAttr(loc, live(loc, a[0]), "tolist")))),
                method(T, "__getitem__", "self, key, /", (loc, a) -> getItem(loc, live(loc, a[0]), a[1])),
                method(T, "__setitem__", "self, key, value, /", (loc, a) -> {
                    setItem(loc, live(loc, a[0]), a[1], a[2]);
                    return PNone.NONE;
                }),
                method(T, "__eq__", "self, value, /", (loc, a) -> {
                    PMemoryView m = (PMemoryView) a[0];
                    if (m == a[1]) {
                        return true;
                    }
                    byte[] other = a[1] instanceof PMemoryView o && o.isReleased() ? null : BytesBuiltins.bufferOrNull(a[1]);
                    if (other == null || m.isReleased()) {
                        return other == null && !(a[1] instanceof PMemoryView) ? PSingleton.NOT_IMPLEMENTED : false;
                    }
                    return java.util.Arrays.equals(m.toBytes(), other);
                }),
                method(T, "__hash__", "self", (loc, a) -> {
                    PMemoryView m = live(loc, a[0]);
                    if (!m.isReadonly()) {
                        throw PythonErrors.valueError(loc, "cannot hash writable memoryview object");
                    }
                    return BytesBuiltins.hash(loc, new PBytes(m.toBytes()));
                }),
                method(T, "__repr__", "self", (loc, a) -> PyStr.fromJava((((PMemoryView) a[0]).isReleased() ? "<released memory at "
                        : "<memory at ") + org.pyj.interpreter.formatting.ReprFormatter.addressOf(a[0]) + ">")),
                method(T, "__enter__", "self", (loc, a) -> live(loc, a[0])),
                method(T, "__exit__", "self, *args", (loc, a) -> {
                    ((PMemoryView) a[0]).release();
                    return PNone.NONE;
                }),
                method(T, "release", "self", (loc, a) -> {
                    ((PMemoryView) a[0]).release();
                    return PNone.NONE;
                }),
                method(T, "tobytes", "self, /, order=None", (loc, a) -> new PBytes(live(loc, a[0]).toBytes())),
                method(T, "tolist", "self", (loc, a) -> {
                    PMemoryView m = live(loc, a[0]);
                    Object[] items = new Object[m.length()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = (long) m.get(i);
                    }
                    return new PList(items);
                }),
                method(T, "hex", "self", (loc, a) -> PyStr.fromJava(BytesMethods.hex(live(loc, a[0]).toBytes(), null, 1))),
                method(T, "toreadonly", "self", (loc, a) -> {
                    PMemoryView m = live(loc, a[0]);
                    return new PMemoryView(new PBytes(m.toBytes()), 0, m.length(), 1);
                }),
                method(T, "obj", "self", (loc, a) -> live(loc, a[0]).getObject()),
                method(T, "nbytes", "self", (loc, a) -> (long) live(loc, a[0]).length()),
                method(T, "readonly", "self", (loc, a) -> live(loc, a[0]).isReadonly()),
                method(T, "itemsize", "self", (loc, a) -> 1L),
                method(T, "format", "self", (loc, a) -> PyStr.fromJava("B")),
                method(T, "ndim", "self", (loc, a) -> 1L),
                method(T, "shape", "self", (loc, a) -> new PTuple(new Object[]{(long) live(loc, a[0]).length()})),
                method(T, "strides", "self", (loc, a) -> new PTuple(new Object[]{(long) live(loc, a[0]).step()})),
                method(T, "contiguous", "self", (loc, a) -> live(loc, a[0]).step() == 1),
                method(T, "c_contiguous", "self", (loc, a) -> live(loc, a[0]).step() == 1),
                method(T, "f_contiguous", "self", (loc, a) -> live(loc, a[0]).step() == 1),
                method(T, "suboffsets", "self", (loc, a) -> {
                    live(loc, a[0]);
                    return org.pyj.interpreter.runtime.PTuple.EMPTY;
                }),
                method(T, "__delitem__", "self, key, /", (loc, a) -> {
                    live(loc, a[0]);
                    throw PythonErrors.typeError(loc, "cannot delete memory");
                })));
        for (String property : new String[]{"obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
            "contiguous", "c_contiguous", "f_contiguous", "suboffsets"}) {
            T.define(property, new PDescriptors.PProperty(BuiltinTypes.PROPERTY, T.getOwn(property), null, null, PNone.NONE));
        }
    }

    private static void checkReleased(Node loc, PMemoryView m) {
        if (m.isReleased()) {
            throw PythonErrors.valueError(loc, "operation forbidden on released memoryview object");
        }
    }

    private static PMemoryView live(Node loc, Object self) {
        PMemoryView m = (PMemoryView) self;
        checkReleased(loc, m);
        return m;
    }

    private static Object getItem(Node loc, PMemoryView m, Object key) {
        if (key instanceof PSlice s) {
            PSlice.Bounds b = PyObjectItems.bounds(loc, s, m.length());
            return new PMemoryView(m.getObject(), m.start() + b.start() * m.step(), b.length(), m.step() * b.step());
        }
        return (long) m.get(index(loc, m, key));
    }

    private static int index(Node loc, PMemoryView m, Object key) {
        if (!ObjectProtocol.isIndex(key)) {
            throw PythonErrors.typeError(loc, "memoryview: invalid slice key");
        }
        long i = PyObjectItems.asIndex(loc, key);
        if (i < 0) {
            i += m.length();
        }
        if (i < 0 || i >= m.length()) {
            throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR, "index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private static void setItem(Node loc, PMemoryView m, Object key, Object value) {
        if (m.isReadonly()) {
            throw PythonErrors.typeError(loc, "cannot modify read-only memory");
        }
        if (key instanceof PSlice s) {
            PSlice.Bounds b = PyObjectItems.bounds(loc, s, m.length());
            byte[] data = BytesBuiltins.bufferOrNull(value);
            if (data == null) {
                throw PythonErrors.typeError(loc, "a bytes-like object is required, not '%s'", PythonTypeOf.typeName(value));
            }
            if (data.length != b.length()) {
                throw PythonErrors.valueError(loc, "memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < data.length; i++) {
                m.set(b.start() + i * b.step(), data[i] & 0xff);
            }
            return;
        }
        int i = index(loc, m, key);
        if (!BuiltinArithmetic.isInt(value)) {
            throw PythonErrors.typeError(loc, "memoryview: invalid type for format 'B'");
        }
        long v = PyObjectItems.asIndex(loc, value);
        if (v < 0 || v > 255) {
            throw PythonErrors.valueError(loc, "memoryview: invalid value for format 'B'");
        }
        m.set(i, (int) v);
    }
}

package org.pyj.interpreter.lib;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PSlice;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code o[k]}, {@code o[k] = v} and {@code del o[k]} for every type (PyObject_GetItem,
 * PyObject_SetItem, PyObject_DelItem), with slices (PySlice_Unpack and PySlice_AdjustIndices).
 */
public final class PyObjectItems {
    private PyObjectItems() {
    }

    // ------------------------------------------------------------------ get

    @TruffleBoundary
    public static Object getItem(Node location, Object container, Object key) {
        if (ObjectProtocol.isUserObject(container)) {
            Object m = ObjectProtocol.lookupSpecial(container, "__getitem__");
            if (m != null) {
                return ObjectProtocol.callSpecial(location, m, container, key);
            }
        }
        return builtinGetItem(location, container, key);
    }

    /** The builtin types' {@code __getitem__} (what {@code super().__getitem__} reaches). */
    @TruffleBoundary
    public static Object builtinGetItem(Node location, Object container, Object key) {
        if (container instanceof PList l) {
            if (key instanceof PSlice s) {
                return new PList(slice(location, l.toArray(), s));
            }
            return l.get(index(location, key, l.size(), "list"));
        } else if (container instanceof PDict d) {
            Object v = d.getItem(location, key);
            if (v == null) {
                if (d.getPythonType() != BuiltinTypes.DICT) {
                    Object missing = d.getPythonType().lookup("__missing__");
                    if (missing != null) {
                        return ObjectProtocol.callSpecial(location, missing, d, key);
                    }
                }
                throw PythonErrors.raiseWithArgs(location, BuiltinTypes.KEY_ERROR, key);
            }
            return v;
        } else if (container instanceof org.pyj.interpreter.runtime.PBigRange r && !(key instanceof PSlice)) {
            if (!ObjectProtocol.isIndex(key)) {
                throw PythonErrors.typeError(location, "range indices must be integers or slices, not %s", PythonTypeOf.typeName(key));
            }
            BigInteger i = BuiltinArithmetic.isInt(key) ? BuiltinArithmetic.toBig(key) : BigInteger.valueOf(asIndex(location, key));
            BigInteger n = r.length();
            if (i.signum() < 0) {
                i = i.add(n);
            }
            if (i.signum() < 0 || i.compareTo(n) >= 0) {
                throw PythonErrors.raise(location, BuiltinTypes.INDEX_ERROR, "range object index out of range");
            }
            return org.pyj.interpreter.runtime.PInt.normalize(r.getStart().add(i.multiply(r.getStep())));
        } else if (key instanceof PSlice s) {
            if (container instanceof PTuple t) {
                return new PTuple(slice(location, t.getItems(), s));
            } else if (container instanceof TruffleString str) {
                return strSlice(location, str, s);
            } else if (container instanceof PRange r) {
                PSlice.Bounds b = bounds(location, s, (int) Math.min(r.length(), Integer.MAX_VALUE));
                long start = r.getStart() + b.start() * r.getStep();
                long step = r.getStep() * b.step();
                return new PRange(start, r.getStart() + (long) b.stop() * r.getStep(), step);
            }
        } else if (container instanceof PyType t) {
            Object m = t.lookup("__class_getitem__");
            if (m != null) {
                return ObjectProtocol.call(location, Attributes.bindToClass(location, m, t), key);
            }
            if (t == BuiltinTypes.TYPE || t.isBuiltin()) {
                // list[int] and friends: pyj has no types.GenericAlias yet; the type stands for itself.
                if (t == BuiltinTypes.LIST || t == BuiltinTypes.DICT || t == BuiltinTypes.TUPLE || t == BuiltinTypes.SET
                        || t == BuiltinTypes.FROZENSET || t == BuiltinTypes.TYPE || t == BuiltinTypes.ENUMERATE
                        || t == BuiltinTypes.REVERSED) {
                    return new org.pyj.interpreter.runtime.PGenericAlias(t, key instanceof PTuple tk ? tk : new PTuple(new Object[]{key}));
                }
            }
            throw PythonErrors.typeError(location, "type '%s' is not subscriptable", t.getName());
        }
        return PyObjectGetItemNode.getItemSlowPath(location, container, key);
    }

    // ------------------------------------------------------------------ set and delete

    @TruffleBoundary
    public static void setItem(Node location, Object container, Object key, Object value) {
        if (ObjectProtocol.isUserObject(container)) {
            Object m = ObjectProtocol.lookupSpecial(container, "__setitem__");
            if (m != null) {
                ObjectProtocol.callSpecial(location, m, container, key, value);
                return;
            }
        }
        builtinSetItem(location, container, key, value);
    }

    @TruffleBoundary
    public static void builtinSetItem(Node location, Object container, Object key, Object value) {
        if (container instanceof PList l) {
            if (key instanceof PSlice s) {
                Object[] values;
                try {
                    values = Containers.toArray(location, value);
                } catch (org.pyj.interpreter.exceptions.PException e) {
                    if (e.getPythonException().getType() == BuiltinTypes.TYPE_ERROR && !(value instanceof org.pyj.interpreter.runtime.PythonObject)) {
                        throw PythonErrors.typeError(location, "can only assign an iterable");
                    }
                    throw e;
                }
                assignSlice(location, l, s, values);
                return;
            }
            l.set(index(location, key, l.size(), "list", "list assignment index out of range"), value);
        } else if (container instanceof PDict d) {
            d.setItem(location, key, value);
        } else {
            throw PythonErrors.typeError(location, "'%s' object does not support item assignment",
                    PythonTypeOf.typeName(container));
        }
    }

    @TruffleBoundary
    public static void delItem(Node location, Object container, Object key) {
        if (ObjectProtocol.isUserObject(container)) {
            Object m = ObjectProtocol.lookupSpecial(container, "__delitem__");
            if (m != null) {
                ObjectProtocol.callSpecial(location, m, container, key);
                return;
            }
        }
        builtinDelItem(location, container, key);
    }

    @TruffleBoundary
    public static void builtinDelItem(Node location, Object container, Object key) {
        if (container instanceof PList l) {
            if (key instanceof PSlice s) {
                deleteSlice(location, l, s);
                return;
            }
            l.remove(index(location, key, l.size(), "list", "list assignment index out of range"));
        } else if (container instanceof PDict d) {
            if (d.removeItem(location, key) == null) {
                throw PythonErrors.raiseWithArgs(location, BuiltinTypes.KEY_ERROR, key);
            }
        } else {
            throw PythonErrors.typeError(location, "'%s' object doesn't support item deletion",
                    PythonTypeOf.typeName(container));
        }
    }

    // ------------------------------------------------------------------ indices

    static int index(Node location, Object key, int size, String what) {
        return index(location, key, size, what, what + " index out of range");
    }

    /** A sequence index: an int (or __index__) in range after adding the size to a negative one. */
    @TruffleBoundary
    static int index(Node location, Object key, int size, String what, String outOfRange) {
        long i;
        if (key instanceof Integer v) {
            i = v;
        } else if (key instanceof Long v) {
            i = v;
        } else if (key instanceof Boolean b) {
            i = b ? 1 : 0;
        } else if (key instanceof PInt) {
            throw PythonErrors.raise(location, BuiltinTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        } else if (ObjectProtocol.isUserObject(key) && ObjectProtocol.lookupSpecial(key, "__index__") != null) {
            i = asIndex(location, key);
        } else {
            throw PythonErrors.typeError(location, "%s indices must be integers or slices, not %s", what,
                    PythonTypeOf.typeName(key));
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PythonErrors.raise(location, BuiltinTypes.INDEX_ERROR, "%s", outOfRange);
        }
        return (int) i;
    }

    /** {@code operator.index(o)} clamped to long (callers clamp further). */
    @TruffleBoundary
    public static long asIndex(Node location, Object o) {
        Object v = o;
        if (ObjectProtocol.isUserObject(o)) {
            Object m = ObjectProtocol.lookupSpecial(o, "__index__");
            if (m == null) {
                throw PythonErrors.typeError(location, "'%s' object cannot be interpreted as an integer",
                        PythonTypeOf.typeName(o));
            }
            v = ObjectProtocol.callSpecial(location, m, o);
            if (!BuiltinArithmetic.isInt(v)) {
                throw PythonErrors.typeError(location, "__index__ returned non-int (type %s)", PythonTypeOf.typeName(v));
            }
        }
        if (!BuiltinArithmetic.isInt(v)) {
            throw PythonErrors.typeError(location, "'%s' object cannot be interpreted as an integer",
                    PythonTypeOf.typeName(v));
        }
        BigInteger b = BuiltinArithmetic.toBig(v);
        if (b.bitLength() > 63) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return b.longValue();
    }

    // ------------------------------------------------------------------ slices

    /** PySlice_Unpack then PySlice_AdjustIndices for a sequence of {@code length} items. */
    @TruffleBoundary
    public static PSlice.Bounds bounds(Node location, PSlice s, int length) {
        long step = 1;
        if (s.getStep() != PNone.NONE) {
            step = sliceIndex(location, s.getStep());
            if (step == 0) {
                throw PythonErrors.valueError(location, "slice step cannot be zero");
            }
        }
        long start;
        long stop;
        if (s.getStart() == PNone.NONE) {
            start = step < 0 ? Long.MAX_VALUE : 0;
        } else {
            start = sliceIndex(location, s.getStart());
        }
        if (s.getStop() == PNone.NONE) {
            stop = step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            stop = sliceIndex(location, s.getStop());
        }
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new PSlice.Bounds((int) start, (int) stop, (int) Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) n);
    }

    private static long sliceIndex(Node location, Object o) {
        if (!ObjectProtocol.isIndex(o)) {
            throw PythonErrors.typeError(location, "slice indices must be integers or None or have an __index__ method");
        }
        return asIndex(location, o);
    }

    @TruffleBoundary
    public static Object[] slice(Node location, Object[] items, PSlice s) {
        PSlice.Bounds b = bounds(location, s, items.length);
        Object[] out = new Object[b.length()];
        for (int i = 0, j = b.start(); i < out.length; i++, j += b.step()) {
            out[i] = items[j];
        }
        return out;
    }

    private static TruffleString strSlice(Node location, TruffleString str, PSlice s) {
        int length = PyStr.length(str);
        PSlice.Bounds b = bounds(location, s, length);
        if (b.step() == 1) {
            return str.substringUncached(b.start(), b.length(), PyStr.ENCODING, true);
        }
        int[] cps = new int[b.length()];
        for (int i = 0, j = b.start(); i < cps.length; i++, j += b.step()) {
            cps[i] = PyStr.codePointAt(str, j);
        }
        return PyStr.fromCodePoints(cps);
    }

    private static void assignSlice(Node location, PList l, PSlice s, Object[] values) {
        PSlice.Bounds b = bounds(location, s, l.size());
        Object[] items = l.toArray();
        if (b.step() == 1) {
            int stop = Math.max(b.start(), b.stop());
            Object[] out = new Object[items.length - (stop - b.start()) + values.length];
            System.arraycopy(items, 0, out, 0, b.start());
            System.arraycopy(values, 0, out, b.start(), values.length);
            System.arraycopy(items, stop, out, b.start() + values.length, items.length - stop);
            l.setItems(out, out.length);
            return;
        }
        if (values.length != b.length()) {
            throw PythonErrors.valueError(location, "attempt to assign sequence of size %d to extended slice of size %d",
                    values.length, b.length());
        }
        for (int i = 0, j = b.start(); i < values.length; i++, j += b.step()) {
            l.set(j, values[i]);
        }
    }

    private static void deleteSlice(Node location, PList l, PSlice s) {
        PSlice.Bounds b = bounds(location, s, l.size());
        Object[] items = l.toArray();
        boolean[] drop = new boolean[items.length];
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
            drop[j] = true;
        }
        Object[] out = new Object[items.length - b.length()];
        int k = 0;
        for (int i = 0; i < items.length; i++) {
            if (!drop[i]) {
                out[k++] = items[i];
            }
        }
        l.setItems(out, out.length);
    }

    /** The owner of a class-level {@code __class_getitem__}, for messages. */
    static PyType typeOf(Object o) {
        return PythonTypeOf.typeOf(o);
    }
}

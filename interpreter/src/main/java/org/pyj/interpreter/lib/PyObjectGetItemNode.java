package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code container[key]} (PyObject_GetItem) for the builtin sequences; slices come later. */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyObjectGetItemNode extends PyjNode {
    static final String GETITEM_METHOD = "__getitem__";

    public abstract Object execute(Object container, Object key);

    @Specialization(guards = {"isExactList(list)", "index >= 0", "index < list.size()"})
    static Object listItem(org.pyj.interpreter.runtime.PList list, long index) {
        return list.get((int) index);
    }

    static boolean isExactList(org.pyj.interpreter.runtime.PList list) {
        return list.getPythonType() == BuiltinTypes.LIST;
    }

    @Specialization(guards = {"index >= 0", "index < tuple.size()"})
    static Object tupleItem(PTuple tuple, long index) {
        return tuple.get((int) index);
    }

    @Specialization(guards = {"index >= 0", "index < length.execute(str, ENCODING)"}, limit = "1")
    static TruffleString strItem(TruffleString str, long index,
            @Cached TruffleString.CodePointLengthNode length,
            @Cached TruffleString.SubstringNode substring) {
        return substring.execute(str, (int) index, 1, ENCODING, true);
    }

    static final TruffleString.Encoding ENCODING = PyStr.ENCODING;

    /** {@code obj[key]} of an instance: its class's {@code __getitem__}, cached per class. */
    @Specialization(guards = "isPlainInstance(container)")
    Object plainInstance(org.pyj.interpreter.runtime.PythonObject container, Object key,
            @Cached("create(GETITEM_METHOD)") CallSpecialMethodNode getItem) {
        Object r = getItem.execute(container, new Object[]{key});
        if (r == CallSpecialMethodNode.NOT_HANDLED) {
            return PyObjectItems.getItem(this, container, key);
        }
        return r;
    }

    /** {@code d[key]} of a dict: the key hashed through the per-class caches. */
    @Specialization(guards = "dict.isExactDict()")
    Object dictItem(org.pyj.interpreter.runtime.PDict dict, Object key,
            @Cached PyDictKeyHashNode hash) {
        Object v = dict.getItem(this, key, hash.execute(key));
        if (v == null) {
            throw PythonErrors.raiseWithArgs(this, BuiltinTypes.KEY_ERROR, key);
        }
        return v;
    }

    @Fallback
    Object generic(Object container, Object key) {
        return PyObjectItems.getItem(this, container, key);
    }

    @TruffleBoundary
    public static Object getItemSlowPath(Node location, Object container, Object key) {
        if (container instanceof PTuple t) {
            return t.get(index(location, key, t.size(), "tuple"));
        } else if (container instanceof TruffleString s) {
            int i = index(location, key, PyStr.length(s), "string");
            return PyStr.fromCodePoint(PyStr.codePointAt(s, i));
        } else if (container instanceof PRange r) {
            long len = r.length();
            if (!BuiltinArithmetic.isInt(key) && ObjectProtocol.isUserObject(key) && ObjectProtocol.lookupSpecial(key, "__index__") != null) {
                key = PyNumberIndexNode.indexSlowPath(location, key);
            }
            if (!BuiltinArithmetic.isInt(key)) {
                throw PythonErrors.typeError(location, "range indices must be integers or slices, not %s",
                        PythonTypeOf.typeName(key));
            }
            long i = key instanceof PInt ? Long.MAX_VALUE : ((Number) (key instanceof Boolean b ? (b ? 1 : 0) : key)).longValue();
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw PythonErrors.raise(location, BuiltinTypes.INDEX_ERROR, "range object index out of range");
            }
            return r.getStart() + i * r.getStep();
        }
        throw PythonErrors.typeError(location, "'%s' object is not subscriptable", PythonTypeOf.typeName(container));
    }

    private static int index(Node location, Object key, int size, String what) {
        if (!BuiltinArithmetic.isInt(key)) {
            if (what.equals("string")) {
                throw PythonErrors.typeError(location, "string indices must be integers, not '%s'", PythonTypeOf.typeName(key));
            }
            throw PythonErrors.typeError(location, "%s indices must be integers or slices, not %s", what,
                    PythonTypeOf.typeName(key));
        }
        long i = key instanceof PInt ? Long.MAX_VALUE : key instanceof Boolean b ? (b ? 1 : 0) : ((Number) key).longValue();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PythonErrors.raise(location, BuiltinTypes.INDEX_ERROR, "%s index out of range", what);
        }
        return (int) i;
    }
}

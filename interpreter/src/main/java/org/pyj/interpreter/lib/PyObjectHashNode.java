package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import org.pyj.interpreter.runtime.PythonObject;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyHash;

/** {@code hash(x)} (PyObject_Hash) with CPython's values for numbers, str and tuples. */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyObjectHashNode extends PyjNode {
    static final String HASH_METHOD = "__hash__";

    public abstract long execute(Object value);

    public static PyObjectHashNode create() {
        return PyObjectHashNodeGen.create();
    }

    @Specialization
    static long hashBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Specialization
    static long hashLong(long value) {
        return PyHash.ofLong(value);
    }

    @Specialization
    static long hashDouble(double value) {
        // NaN hashes by identity in CPython; a boxed double has no stable identity here.
        return PyHash.ofDouble(value, 0);
    }

    @Specialization
    static long hashBig(PInt value) {
        return bigHash(value);
    }

    /** {@code hash()} of an instance: its class's {@code __hash__}, cached per class. */
    @Specialization(guards = "isPlainInstance(value)")
    long plainInstance(PythonObject value,
            @Cached("create(HASH_METHOD)") CallSpecialMethodNode hash) {
        Object r = hash.execute(value, CallSpecialMethodNode.NO_ARGS);
        if (r == CallSpecialMethodNode.NOT_HANDLED) {
            return ObjectProtocol.hash(this, value);
        }
        return ObjectProtocol.hashResult(this, r);
    }

    @Fallback
    long generic(Object value) {
        return ObjectProtocol.hash(this, value);
    }

    @TruffleBoundary
    private static long bigHash(PInt value) {
        return PyHash.ofBig(value.getValue());
    }

    @TruffleBoundary
    static long hashSlowPath(Node location, Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Integer i) {
            return PyHash.ofLong(i);
        } else if (value instanceof Long l) {
            return PyHash.ofLong(l);
        } else if (value instanceof Double d) {
            return PyHash.ofDouble(d, 0);
        } else if (value instanceof PInt i) {
            return PyHash.ofBig(i.getValue());
        } else if (value instanceof org.pyj.interpreter.runtime.PComplex c) {
            return ComplexArithmetic.hash(c);
        } else if (value instanceof TruffleString s) {
            long[] key = PyjContext.get(location).getHashKey();
            int length = s.codePointLengthUncached(org.pyj.interpreter.runtime.PyStr.ENCODING);
            int[] codePoints = new int[length];
            for (int i = 0; i < length; i++) {
                codePoints[i] = s.codePointAtIndexUncached(i, org.pyj.interpreter.runtime.PyStr.ENCODING);
            }
            return PyHash.ofCodePoints(codePoints, key[0], key[1]);
        } else if (value instanceof PTuple t) {
            long acc = PyHash.tupleStart();
            for (int i = 0; i < t.size(); i++) {
                acc = PyHash.tupleStep(acc, hashSlowPath(location, t.get(i)));
            }
            return PyHash.tupleFinish(acc, t.size());
        }
        // Everything else pyj has so far (None, functions, modules, types, exceptions) hashes by
        // identity, as object.__hash__ does.
        return System.identityHashCode(value);
    }
}

package org.pyj.interpreter.lib;

import org.pyj.interpreter.runtime.PythonObject;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code len(x)} (PyObject_Size). */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyObjectSizeNode extends PyjNode {
    static final String LEN_METHOD = "__len__";

    public abstract long execute(Object value);

    @Specialization
    static long strLength(TruffleString value, @Cached TruffleString.CodePointLengthNode length) {
        return length.execute(value, PyStr.ENCODING);
    }

    @Specialization
    static long tupleLength(PTuple value) {
        return value.size();
    }

    /** {@code len()} of an instance: its class's {@code __len__}, cached per class. */
    @Specialization(guards = "isPlainInstance(value)")
    long plainInstance(PythonObject value,
            @Cached("create(LEN_METHOD)") CallSpecialMethodNode len) {
        Object r = len.execute(value, CallSpecialMethodNode.NO_ARGS);
        if (r == CallSpecialMethodNode.NOT_HANDLED) {
            return ObjectProtocol.size(this, value);
        }
        return ObjectProtocol.lenResult(this, r);
    }

    @Fallback
    long generic(Object value) {
        return ObjectProtocol.size(this, value);
    }

    @TruffleBoundary
    static long sizeSlowPath(Node location, Object value) {
        if (value instanceof PRange r) {
            return r.length();
        } else if (value instanceof org.pyj.interpreter.runtime.PBigRange r) {
            java.math.BigInteger n = r.length();
            if (n.bitLength() > 63) {
                throw PythonErrors.overflow(location, "Python int too large to convert to C ssize_t");
            }
            return n.longValue();
        }
        throw PythonErrors.typeError(location, "object of type '%s' has no len()", PythonTypeOf.typeName(value));
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;

/** {@code repr(x)} (PyObject_Repr). */
public abstract class PyObjectReprNode extends PyjNode {
    public abstract TruffleString execute(Object value);

    @Specialization
    static TruffleString doLong(long value, @Cached TruffleString.FromLongNode fromLong) {
        return fromLong.execute(value, PyStr.ENCODING, true);
    }

    @Fallback
    TruffleString generic(Object value) {
        return ObjectProtocol.repr(this, value);
    }

    @TruffleBoundary
    public static TruffleString reprSlowPath(com.oracle.truffle.api.nodes.Node location, Object value) {
        if (!(value instanceof PInt)) {
            return ObjectProtocol.repr(location, value);
        }
        if (value instanceof PInt p) {
            return PyStr.fromJava(PyObjectStrNode.intToDecimal(location, p));
        }
        if (value instanceof PTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyStr.toJava(reprSlowPath(location, t.get(i))));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return PyStr.fromJava(sb.append(')').toString());
        }
        return PyStr.fromJava(ReprFormatter.repr(value));
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code operator.index(x)} (PyNumber_Index): x as an exact int, a {@code long} or a {@link PInt}.
 * bool converts to 0 or 1; anything else is CPython's TypeError (classes with {@code __index__}
 * come with the object model).
 */
public abstract class PyNumberIndexNode extends PyjNode {
    public abstract Object execute(Object value);

    public static PyNumberIndexNode create() {
        return PyNumberIndexNodeGen.create();
    }

    @Specialization
    static long fromLong(long value) {
        return value;
    }

    @Specialization
    static long fromBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Specialization
    static PInt fromBig(PInt value) {
        return value;
    }

    @Fallback
    Object notAnInteger(Object value) {
        return indexSlowPath(this, value);
    }

    /** A class's {@code __index__} (an instance of a subclass of int has int's), else the TypeError. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static Object indexSlowPath(com.oracle.truffle.api.nodes.Node location, Object value) {
        if (ObjectProtocol.isUserObject(value) && ObjectProtocol.lookupSpecial(value, "__index__") != null) {
            Object r = org.pyj.interpreter.runtime.PValueInstance.unwrap(
                    ObjectProtocol.callSpecial(location, ObjectProtocol.lookupSpecial(value, "__index__"), value));
            if (r instanceof Boolean b) {
                return b ? 1L : 0L;
            } else if (r instanceof Integer i) {
                return (long) i;
            } else if (r instanceof Long || r instanceof PInt) {
                return r;
            }
            throw PythonErrors.typeError(location, "__index__ returned non-int (type %s)", PythonTypeOf.typeName(r));
        }
        throw PythonErrors.typeError(location, "'%s' object cannot be interpreted as an integer", PythonTypeOf.typeName(value));
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonObject;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;

/** Truthiness (PyObject_IsTrue). */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyObjectIsTrueNode extends PyjNode {
    static final String BOOL_METHOD = "__bool__";

    public abstract boolean execute(Object value);

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doDouble(double value) {
        return value != 0.0;
    }

    @Specialization
    static boolean doString(TruffleString value) {
        return !value.isEmpty();
    }

    @Specialization
    static boolean doNone(@SuppressWarnings("unused") PNone value) {
        return false;
    }

    /** An instance of a class with neither {@code __bool__} nor {@code __len__} is true. */
    @Specialization(guards = {"isPlainInstance(value)", "value.getPythonType() == cachedType", "!hasTruthMethods"},
            assumptions = "cachedType.getStableAssumption()", limit = "3")
    static boolean alwaysTrue(@SuppressWarnings("unused") PythonObject value,
            @SuppressWarnings("unused") @Cached("value.getPythonType()") PyType cachedType,
            @SuppressWarnings("unused") @Cached("hasTruthMethods(cachedType)") boolean hasTruthMethods) {
        return true;
    }

    @TruffleBoundary
    static boolean hasTruthMethods(PyType type) {
        return type.lookup("__bool__") != null || type.lookup("__len__") != null;
    }

    /** Otherwise its class's {@code __bool__}, cached per class; {@code __len__} on the slow path. */
    @Specialization(guards = "isPlainInstance(value)", replaces = "alwaysTrue")
    boolean plainInstance(PythonObject value,
            @Cached("create(BOOL_METHOD)") CallSpecialMethodNode bool) {
        Object r = bool.execute(value, CallSpecialMethodNode.NO_ARGS);
        if (r == CallSpecialMethodNode.NOT_HANDLED) {
            return ObjectProtocol.isTrue(this, value);
        }
        return ObjectProtocol.boolResult(this, r);
    }

    @Fallback
    boolean generic(Object value) {
        return ObjectProtocol.isTrue(this, value);
    }

    @TruffleBoundary
    public static boolean isTrueSlowPath(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Integer i) {
            return i != 0;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof Double d) {
            return d != 0.0;
        } else if (value instanceof TruffleString s) {
            return !s.isEmpty();
        } else if (value instanceof PNone) {
            return false;
        } else if (value instanceof PInt) {
            return true;
        } else if (value instanceof PTuple t) {
            return t.size() != 0;
        } else if (value instanceof org.pyj.interpreter.runtime.PComplex c) {
            return !c.isZero();
        } else if (value instanceof PRange r) {
            return r.length() != 0;
        } else if (value instanceof org.pyj.interpreter.runtime.PBigRange r) {
            return r.length().signum() != 0;
        }
        return true;
    }
}

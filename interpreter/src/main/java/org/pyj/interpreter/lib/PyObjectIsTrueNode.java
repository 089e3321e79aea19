package org.pyj.interpreter.lib;

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
public abstract class PyObjectIsTrueNode extends PyjNode {
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

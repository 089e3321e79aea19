package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.parser.LiteralRepr;
import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PyStr;

/** {@code str(x)} (PyObject_Str). */
public abstract class PyObjectStrNode extends PyjNode {
    /** CPython 3.11's default limit for int to decimal str conversion (sys.int_info.default_max_str_digits). */
    public static final int MAX_STR_DIGITS = 4300;

    public abstract TruffleString execute(Object value);

    @Specialization
    static TruffleString doString(TruffleString value) {
        return value;
    }

    @Specialization
    static TruffleString doLong(long value, @com.oracle.truffle.api.dsl.Cached TruffleString.FromLongNode fromLong) {
        return fromLong.execute(value, PyStr.ENCODING, true);
    }

    @Specialization
    static TruffleString doBoolean(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Specialization
    static TruffleString doDouble(double value) {
        return PyStr.fromJava(floatRepr(value));
    }

    @TruffleBoundary
    private static String floatRepr(double value) {
        return LiteralRepr.floatRepr(value);
    }

    @Fallback
    TruffleString generic(Object value) {
        return ObjectProtocol.str(this, value);
    }

    private static final TruffleString TRUE = PyStr.fromJava("True");
    private static final TruffleString FALSE = PyStr.fromJava("False");

    @TruffleBoundary
    public static TruffleString strSlowPath(com.oracle.truffle.api.nodes.Node location, Object value) {
        if (value instanceof PInt p) {
            return PyStr.fromJava(intToDecimal(location, p));
        }
        return PyStr.fromJava(ReprFormatter.str(value));
    }

    /** int → decimal text, with 3.11's digit limit (CVE-2020-10735). */
    @TruffleBoundary
    public static String intToDecimal(com.oracle.truffle.api.nodes.Node location, PInt p) {
        // log10(2) bits per digit: only values that may exceed the limit are checked exactly.
        if (p.getValue().bitLength() > MAX_STR_DIGITS * 3.32) {
            String s = p.getValue().abs().toString();
            if (s.length() > MAX_STR_DIGITS) {
                throw PythonErrors.valueError(location, "Exceeds the limit (%d digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
            }
            return p.getValue().toString();
        }
        return p.getValue().toString();
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code ~a} (PyNumber_Invert). */
public abstract class PyNumberInvertNode extends PyNumberUnaryNode {

    @Specialization
    static long invLong(long operand) {
        return ~operand;
    }

    @Fallback
    Object generic(Object operand) {
        return BuiltinArithmetic.invert(this, operand);
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code -a} (PyNumber_Negative). */
public abstract class PyNumberNegativeNode extends PyNumberUnaryNode {

    @Specialization(guards = "operand != MIN")
    static long negLong(long operand) {
        return -operand;
    }

    @Specialization
    static double negDouble(double operand) {
        return -operand;
    }

    static final long MIN = Long.MIN_VALUE;

    @Fallback
    Object generic(Object operand) {
        return BuiltinArithmetic.negative(this, operand);
    }
}

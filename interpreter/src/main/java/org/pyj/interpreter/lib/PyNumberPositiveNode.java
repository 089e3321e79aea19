package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code +a} (PyNumber_Positive); bool becomes int. */
public abstract class PyNumberPositiveNode extends PyNumberUnaryNode {

    @Specialization
    static long posLong(long operand) {
        return operand;
    }

    @Specialization
    static double posDouble(double operand) {
        return operand;
    }

    @Fallback
    Object generic(Object operand) {
        return BuiltinArithmetic.positive(this, operand);
    }
}

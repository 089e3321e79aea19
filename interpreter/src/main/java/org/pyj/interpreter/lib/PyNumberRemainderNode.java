package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a % b} (PyNumber_Remainder): the result takes the divisor's sign. */
public abstract class PyNumberRemainderNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.MOD;
    }


    @Specialization(guards = "right != 0")
    static long modLong(long left, long right) {
        return Math.floorMod(left, right);
    }

    @Specialization(guards = "isNonZero(right)")
    static double modDouble(double left, double right) {
        return BuiltinArithmetic.floatDivmod(left, right)[1];
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.remainder(this, left, right);
    }

    static boolean isNonZero(double v) {
        return v != 0;
    }
}

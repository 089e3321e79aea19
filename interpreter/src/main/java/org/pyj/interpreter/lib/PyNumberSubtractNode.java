package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a - b} (PyNumber_Subtract). */
public abstract class PyNumberSubtractNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.SUB;
    }


    @Specialization(rewriteOn = ArithmeticException.class)
    static int subInt(int left, int right) {
        return Math.subtractExact(left, right);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long subLong(long left, long right) {
        return Math.subtractExact(left, right);
    }

    @Specialization(replaces = "subLong")
    Object subLongOverflow(long left, long right) {
        long r = left - right;
        if (((left ^ right) & (left ^ r)) < 0) {
            return BuiltinArithmetic.subtract(this, left, right);
        }
        return r;
    }

    @Specialization
    static double subDouble(double left, double right) {
        return left - right;
    }

    @Specialization
    static double subLongDouble(long left, double right) {
        return left - right;
    }

    @Specialization
    static double subDoubleLong(double left, long right) {
        return left - right;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.subtract(this, left, right);
    }
}

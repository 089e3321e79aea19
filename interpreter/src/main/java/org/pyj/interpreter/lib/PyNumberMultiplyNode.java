package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a * b} (PyNumber_Multiply), including sequence repetition in the slow path. */
public abstract class PyNumberMultiplyNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.MUL;
    }


    @Specialization(rewriteOn = ArithmeticException.class)
    static int mulInt(int left, int right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long mulLong(long left, long right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization(replaces = "mulLong")
    Object mulLongOverflow(long left, long right) {
        long hi = Math.multiplyHigh(left, right);
        long lo = left * right;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return BuiltinArithmetic.multiply(this, left, right);
    }

    @Specialization
    static double mulDouble(double left, double right) {
        return left * right;
    }

    @Specialization
    static double mulLongDouble(long left, double right) {
        return left * right;
    }

    @Specialization
    static double mulDoubleLong(double left, long right) {
        return left * right;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.multiply(this, left, right);
    }
}

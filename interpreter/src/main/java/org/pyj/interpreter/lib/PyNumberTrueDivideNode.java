package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a / b} (PyNumber_TrueDivide): always a float for numbers. */
public abstract class PyNumberTrueDivideNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.TRUEDIV;
    }


    /** Both operands below 2**53 in magnitude convert exactly, so one division rounds correctly. */
    @Specialization(guards = {"right != 0", "isExact(left)", "isExact(right)"})
    static double divLongExact(long left, long right) {
        return (double) left / (double) right;
    }

    @Specialization(guards = "isNonZero(right)")
    static double divDouble(double left, double right) {
        return left / right;
    }

    @Specialization(guards = "right != 0")
    static double divDoubleLong(double left, long right) {
        return left / right;
    }

    @Specialization(guards = {"isNonZero(right)", "isExact(left)"})
    static double divLongDouble(long left, double right) {
        return left / right;
    }

    static boolean isExact(long v) {
        return v >= -(1L << 53) && v <= (1L << 53);
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.trueDivide(this, left, right);
    }

    static boolean isNonZero(double v) {
        return v != 0;
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a << b} (PyNumber_Lshift). */
public abstract class PyNumberLshiftNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.LSHIFT;
    }


    @Specialization(guards = {"right >= 0", "right < 63", "fits(left, right)"})
    static long shiftLong(long left, long right) {
        return left << right;
    }

    static boolean fits(long left, long right) {
        return (left << right) >> right == left;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.lshift(this, left, right);
    }
}

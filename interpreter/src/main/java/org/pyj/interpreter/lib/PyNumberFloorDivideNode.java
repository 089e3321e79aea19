package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a // b} (PyNumber_FloorDivide): rounds toward negative infinity. */
public abstract class PyNumberFloorDivideNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.FLOORDIV;
    }


    @Specialization(guards = {"right != 0", "!isOverflow(left, right)"})
    static long floorDivLong(long left, long right) {
        return Math.floorDiv(left, right);
    }

    static boolean isOverflow(long left, long right) {
        return left == Long.MIN_VALUE && right == -1;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.floorDivide(this, left, right);
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a & b} (PyNumber_And); bool & bool stays a bool. */
public abstract class PyNumberAndNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.AND;
    }


    @Specialization
    static boolean andBool(boolean left, boolean right) {
        return left & right;
    }

    @Specialization
    static long andLong(long left, long right) {
        return left & right;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.bitAnd(this, left, right);
    }
}

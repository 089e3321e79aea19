package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a ^ b} (PyNumber_Xor); bool ^ bool stays a bool. */
public abstract class PyNumberXorNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.XOR;
    }


    @Specialization
    static boolean xorBool(boolean left, boolean right) {
        return left ^ right;
    }

    @Specialization
    static long xorLong(long left, long right) {
        return left ^ right;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.bitXor(this, left, right);
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a ** b} (PyNumber_Power with None modulus). */
public abstract class PyNumberPowerNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.POW;
    }


    @Specialization(guards = {"right >= 0", "right < 64"}, rewriteOn = ArithmeticException.class)
    static long powLong(long left, long right) {
        long result = 1;
        long base = left;
        long e = right;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>= 1;
            if (e != 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.power(this, left, right);
    }
}

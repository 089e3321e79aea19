package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a >> b} (PyNumber_Rshift): arithmetic shift. */
public abstract class PyNumberRshiftNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.RSHIFT;
    }


    @Specialization(guards = {"right >= 0", "right < 64"})
    static long shiftLong(long left, long right) {
        return left >> right;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.rshift(this, left, right);
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a | b} (PyNumber_Or); bool | bool stays a bool. */
public abstract class PyNumberOrNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.OR;
    }


    @Specialization
    static boolean orBool(boolean left, boolean right) {
        return left | right;
    }

    @Specialization
    static long orLong(long left, long right) {
        return left | right;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.bitOr(this, left, right);
    }
}

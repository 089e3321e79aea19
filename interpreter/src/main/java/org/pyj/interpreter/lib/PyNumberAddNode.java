package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.runtime.PyStr;

/** {@code a + b} (PyNumber_Add): int, float, str and tuple fast paths. */
public abstract class PyNumberAddNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.ADD;
    }


    @Specialization(rewriteOn = ArithmeticException.class)
    static int addInt(int left, int right) {
        return Math.addExact(left, right);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long addLong(long left, long right) {
        return Math.addExact(left, right);
    }

    @Specialization(replaces = "addLong")
    Object addLongOverflow(long left, long right) {
        long r = left + right;
        if (((left ^ r) & (right ^ r)) < 0) {
            return BuiltinArithmetic.add(this, left, right);
        }
        return r;
    }

    @Specialization
    static double addDouble(double left, double right) {
        return left + right;
    }

    @Specialization
    static double addLongDouble(long left, double right) {
        return left + right;
    }

    @Specialization
    static double addDoubleLong(double left, long right) {
        return left + right;
    }

    @Specialization
    static TruffleString addString(TruffleString left, TruffleString right, @Cached TruffleString.ConcatNode concat) {
        return concat.execute(left, right, PyStr.ENCODING, true);
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.add(this, left, right);
    }
}

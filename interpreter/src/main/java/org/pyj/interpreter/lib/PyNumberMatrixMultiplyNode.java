package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;

/** {@code a @ b} (PyNumber_MatrixMultiply): only classes define it. */
public abstract class PyNumberMatrixMultiplyNode extends PyNumberBinaryNode {

    @Override
    protected final BinaryOp binaryOp() {
        return BinaryOp.MATMUL;
    }

    @Fallback
    Object generic(Object left, Object right) {
        return BuiltinArithmetic.matmul(this, left, right);
    }
}

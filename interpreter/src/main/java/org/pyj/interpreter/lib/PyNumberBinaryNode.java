package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.nodes.PyjNode;

/**
 * A binary operator of the number protocol (CPython's PyNumber_Add and friends), or its in-place
 * form (PyNumber_InPlaceAdd...) for augmented assignment. Builtin types have no in-place slots,
 * so both compute the same for them; the in-place form names its operator {@code +=} in errors.
 * The subclasses add fast paths for builtin values; operands that are instances of classes go
 * through their special methods here, cached per pair of classes ({@link UserBinaryOpNode}).
 */
@com.oracle.truffle.api.dsl.GenerateCached(false)
public abstract class PyNumberBinaryNode extends PyjNode {
    private boolean inPlace;

    public abstract Object execute(Object left, Object right);

    protected abstract BinaryOp binaryOp();

    /** Makes this the in-place form; called once, when the node is created. */
    public final PyNumberBinaryNode asInPlace() {
        inPlace = true;
        return this;
    }

    public final boolean isInPlace() {
        return inPlace;
    }

    static boolean isUserObject(Object o) {
        return ObjectProtocol.isUserObject(o);
    }

    @Specialization(guards = "isUserObject(left) || isUserObject(right)")
    Object userOperands(Object left, Object right,
            @Cached("create(binaryOp(), isInPlace())") UserBinaryOpNode user) {
        BinaryOp op = binaryOp();
        if (op == BinaryOp.MOD && left instanceof TruffleString) {
            // str's nb_remainder formats whatever the right operand is, before any class is asked.
            return op.builtin(this, left, right, false);
        }
        Object r = user.execute(left, right);
        return r != null ? r : op.builtin(this, left, right, true);
    }
}

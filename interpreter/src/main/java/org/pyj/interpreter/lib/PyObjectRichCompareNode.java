package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PyStr;

/** {@code a < b} etc. (PyObject_RichCompare), for one operator fixed per node. */
@NodeField(name = "op", type = CompareOp.class)
public abstract class PyObjectRichCompareNode extends PyjNode {
    public abstract Object execute(Object left, Object right);

    protected abstract CompareOp getOp();

    public static PyObjectRichCompareNode create(CompareOp op) {
        return PyObjectRichCompareNodeGen.create(op);
    }

    @Specialization
    boolean compareLong(long left, long right) {
        return getOp().test(Long.compare(left, right));
    }

    @Specialization
    boolean compareDouble(double left, double right) {
        return BuiltinComparisons.compareDoubles(left, right, getOp());
    }

    @Specialization(guards = "isExact(left)")
    boolean compareLongDouble(long left, double right) {
        return BuiltinComparisons.compareDoubles(left, right, getOp());
    }

    @Specialization(guards = "isExact(right)")
    boolean compareDoubleLong(double left, long right) {
        return BuiltinComparisons.compareDoubles(left, right, getOp());
    }

    @Specialization
    boolean compareString(TruffleString left, TruffleString right,
            @Cached TruffleString.CompareIntsUTF32Node compare,
            @Cached TruffleString.EqualNode equal) {
        CompareOp op = getOp();
        if (op == CompareOp.EQ) {
            return equal.execute(left, right, PyStr.ENCODING);
        } else if (op == CompareOp.NE) {
            return !equal.execute(left, right, PyStr.ENCODING);
        }
        return op.test(compare.execute(left, right));
    }

    static boolean isUserObject(Object o) {
        return ObjectProtocol.isUserObject(o);
    }

    /** An operand is an instance of a class: its comparison methods, cached per pair of classes. */
    @Specialization(guards = "isUserObject(left) || isUserObject(right)")
    Object userOperands(Object left, Object right,
            @Cached("create(getOp())") UserRichCompareNode user) {
        return user.execute(left, right);
    }

    @Fallback
    Object generic(Object left, Object right) {
        return ObjectProtocol.richCompare(this, left, right, getOp());
    }

    static boolean isExact(long v) {
        return v >= -(1L << 53) && v <= (1L << 53);
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PyType;

/**
 * CPython's binary_op1 for operands of which one dispatches by name (an instance of a class):
 * the in-place method, the subclass's reflected method first, {@code a.__op__(b)}, then
 * {@code b.__rop__(a)}. Which methods to call is decided once per pair of classes and cached under
 * both classes' stability assumptions, so this is what a class's nb_* slot is; the calls are
 * inline-cached. Returns null when no method answered (the builtin arithmetic goes on).
 */
@com.oracle.truffle.api.dsl.ImportStatic(ObjectProtocol.class)
public abstract class UserBinaryOpNode extends PyjNode {
    protected final BinaryOp op;
    protected final boolean inPlace;

    protected UserBinaryOpNode(BinaryOp op, boolean inPlace) {
        this.op = op;
        this.inPlace = inPlace;
    }

    public static UserBinaryOpNode create(BinaryOp op, boolean inPlace) {
        return UserBinaryOpNodeGen.create(op, inPlace);
    }

    public abstract Object execute(Object a, Object b);

    /** The methods to call, in order, for one pair of classes; cacheable when all are plain callables. */
    static final class Plan {
        final Object inPlaceMethod;
        final Object first;
        final boolean firstReflected;
        final Object second;
        final boolean secondReflected;
        final boolean cacheable;

        Plan(Object inPlaceMethod, Object first, boolean firstReflected, Object second, boolean secondReflected) {
            this.inPlaceMethod = inPlaceMethod;
            this.first = first;
            this.firstReflected = firstReflected;
            this.second = second;
            this.secondReflected = secondReflected;
            this.cacheable = CallSpecialMethodNode.callableOrAbsent(inPlaceMethod) && CallSpecialMethodNode.callableOrAbsent(first)
                    && CallSpecialMethodNode.callableOrAbsent(second);
        }
    }

    Plan plan(PyType ta, PyType tb) {
        Object im = inPlace && ta.dispatchesByName() ? ta.lookup(op.inPlace()) : null;
        Object lm = ta.dispatchesByName() ? ta.lookup(op.method()) : null;
        Object rm = ta == tb || !tb.dispatchesByName() ? null : tb.lookup(op.reflected());
        if (rm != null && lm != null && tb.isSubtypeOf(ta) && rm != ta.lookup(op.reflected())) {
            return new Plan(im, rm, true, lm, false);
        }
        return new Plan(im, lm, false, rm, true);
    }

    @Specialization(guards = {"typeOf(a) == ta", "typeOf(b) == tb", "plan.cacheable"},
            assumptions = {"ta.getStableAssumption()", "tb.getStableAssumption()"}, limit = "3")
    static Object cached(Object a, Object b,
            @Cached("typeOf(a)") PyType ta,
            @Cached("typeOf(b)") PyType tb,
            @Cached("plan(ta, tb)") Plan plan,
            @Cached CallDispatchNode inPlaceCall,
            @Cached CallDispatchNode firstCall,
            @Cached CallDispatchNode secondCall) {
        if (plan.inPlaceMethod != null) {
            Object r = inPlaceCall.execute(plan.inPlaceMethod, new Object[]{a, b}, ArgumentBinder.NO_KEYWORDS,
                    ArgumentBinder.NO_VALUES);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (plan.first != null) {
            Object r = firstCall.execute(plan.first, plan.firstReflected ? new Object[]{b, a} : new Object[]{a, b},
                    ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (plan.second != null) {
            Object r = secondCall.execute(plan.second, plan.secondReflected ? new Object[]{b, a} : new Object[]{a, b},
                    ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    @Specialization(replaces = "cached")
    Object generic(Object a, Object b) {
        return ObjectProtocol.userBinaryOp(this, a, b, op.method(), op.reflected(), op.symbol(), inPlace);
    }
}

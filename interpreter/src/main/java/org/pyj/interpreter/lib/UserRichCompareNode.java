package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PyType;

/**
 * CPython's do_richcompare for operands of which one dispatches by name: the subclass's reflected
 * method first, then {@code a.__op__(b)}, then {@code b.__rop__(a)}, then {@code !=} from
 * {@code __eq__}, then identity for {@code ==}/{@code !=} or a TypeError. The methods to call are
 * decided once per pair of classes under both classes' stability assumptions (the classes'
 * tp_richcompare slot), the calls are inline-cached; as CPython, the comparison counts against the
 * recursion limit.
 */
@com.oracle.truffle.api.dsl.ImportStatic(ObjectProtocol.class)
public abstract class UserRichCompareNode extends PyjNode {
    protected final CompareOp op;

    protected UserRichCompareNode(CompareOp op) {
        this.op = op;
    }

    public static UserRichCompareNode create(CompareOp op) {
        return UserRichCompareNodeGen.create(op);
    }

    public abstract Object execute(Object a, Object b);

    /** Up to two methods to try in order, and the {@code __eq__} that {@code !=} inverts. */
    static final class Plan {
        final Object first;
        final boolean firstReflected;
        final Object second;
        final boolean secondReflected;
        final Object eqForNe;
        final boolean cacheable;

        Plan(Object first, boolean firstReflected, Object second, boolean secondReflected, Object eqForNe) {
            this.first = first;
            this.firstReflected = firstReflected;
            this.second = second;
            this.secondReflected = secondReflected;
            this.eqForNe = eqForNe;
            this.cacheable = CallSpecialMethodNode.callableOrAbsent(first) && CallSpecialMethodNode.callableOrAbsent(second)
                    && CallSpecialMethodNode.callableOrAbsent(eqForNe);
        }
    }

    Plan plan(PyType ta, PyType tb) {
        String name = op.dunder();
        String reflected = op.reflected().dunder();
        Object[] methods = new Object[2];
        boolean[] isReflected = new boolean[2];
        int n = 0;
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.dispatchesByName()) {
            Object m = tb.lookup(reflected);
            if (m != null) {
                checkedReverse = true;
                methods[n] = m;
                isReflected[n++] = true;
            }
        }
        if (ta.dispatchesByName()) {
            Object m = ta.lookup(name);
            if (m != null && m != BuiltinTypes.OBJECT.getOwn(name)) {
                methods[n] = m;
                isReflected[n++] = false;
            }
        }
        if (!checkedReverse && tb.dispatchesByName()) {
            Object m = tb.lookup(reflected);
            if (m != null && m != BuiltinTypes.OBJECT.getOwn(reflected)) {
                methods[n] = m;
                isReflected[n++] = true;
            }
        }
        Object eqForNe = null;
        if (op == CompareOp.NE && ta.dispatchesByName()) {
            Object eq = ta.lookup("__eq__");
            if (eq != null && eq != BuiltinTypes.OBJECT.getOwn("__eq__")) {
                eqForNe = eq;
            }
        }
        return new Plan(methods[0], isReflected[0], methods[1], isReflected[1], eqForNe);
    }

    @Specialization(guards = {"typeOf(a) == ta", "typeOf(b) == tb", "plan.cacheable"},
            assumptions = {"ta.getStableAssumption()", "tb.getStableAssumption()"}, limit = "3")
    Object cached(Object a, Object b,
            @Cached("typeOf(a)") PyType ta,
            @Cached("typeOf(b)") PyType tb,
            @Cached("plan(ta, tb)") Plan plan,
            @Cached CallDispatchNode firstCall,
            @Cached CallDispatchNode secondCall,
            @Cached CallDispatchNode eqCall,
            @Cached PyObjectIsTrueNode isTrue) {
        PyjContext context = ObjectProtocol.enterRecursiveCall(this, " in comparison");
        try {
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
            if (plan.eqForNe != null) {
                Object r = eqCall.execute(plan.eqForNe, new Object[]{a, b}, ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return !isTrue.execute(r);
                }
            }
            if (op == CompareOp.EQ) {
                return a == b;
            } else if (op == CompareOp.NE) {
                return a != b;
            }
            throw PythonErrors.typeError(this, "'%s' not supported between instances of '%s' and '%s'", op.symbol(),
                    ta.getName(), tb.getName());
        } finally {
            context.recursionDepth--;
        }
    }

    @Specialization(replaces = "cached")
    Object generic(Object a, Object b) {
        return ObjectProtocol.richCompare(this, a, b, op);
    }
}

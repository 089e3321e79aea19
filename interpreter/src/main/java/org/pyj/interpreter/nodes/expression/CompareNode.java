package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.lib.BuiltinComparisons;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.lib.PyObjectRichCompareNode;
import org.pyj.interpreter.lib.PySequenceContainsNode;
import org.pyj.interpreter.lib.PySequenceContainsNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.PyjNode;

/** A comparison chain {@code a < b <= c}: each operand evaluated once, stopping at the first false link. */
public final class CompareNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Children private final ExpressionNode[] comparators;
    @Children private final ComparisonOperator[] operators;
    @Children private final PyObjectIsTrueNode[] isTrue;

    public CompareNode(ExpressionNode left, ExpressionNode[] comparators, ComparisonOperator[] operators) {
        this.left = left;
        this.comparators = comparators;
        this.operators = operators;
        this.isTrue = new PyObjectIsTrueNode[operators.length - 1];
        for (int i = 0; i < isTrue.length; i++) {
            isTrue[i] = PyObjectIsTrueNodeGen.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object l = left.execute(frame);
        for (int i = 0; i < operators.length - 1; i++) {
            Object r = comparators[i].execute(frame);
            Object result = operators[i].execute(l, r);
            if (!isTrue[i].execute(result)) {
                return result;
            }
            l = r;
        }
        return operators[operators.length - 1].execute(l, comparators[operators.length - 1].execute(frame));
    }

    /** One link of the chain: a rich comparison, {@code is}/{@code is not} or {@code in}/{@code not in}. */
    public abstract static class ComparisonOperator extends PyjNode {
        public abstract Object execute(Object left, Object right);
    }

    public static final class RichComparison extends ComparisonOperator {
        @Child private PyObjectRichCompareNode compare;

        public RichComparison(CompareOp op) {
            this.compare = PyObjectRichCompareNode.create(op);
        }

        @Override
        public Object execute(Object left, Object right) {
            return compare.execute(left, right);
        }
    }

    public static final class Identity extends ComparisonOperator {
        private final boolean negated;

        public Identity(boolean negated) {
            this.negated = negated;
        }

        @Override
        public Object execute(Object left, Object right) {
            boolean same = left == right || BuiltinComparisons.isSame(left, right);
            return same != negated;
        }
    }

    public static final class Containment extends ComparisonOperator {
        private final boolean negated;
        @Child private PySequenceContainsNode contains = PySequenceContainsNodeGen.create();

        public Containment(boolean negated) {
            this.negated = negated;
        }

        @Override
        public Object execute(Object left, Object right) {
            return contains.execute(right, left) != negated;
        }
    }
}

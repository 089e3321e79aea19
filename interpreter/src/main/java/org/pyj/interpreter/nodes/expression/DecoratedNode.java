package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.nodes.call.CallDispatchNodeGen;
import org.pyj.interpreter.nodes.call.ArgumentBinder;

/**
 * A decorated {@code def} or {@code class}: the decorator expressions are evaluated first, top to
 * bottom, then the definition, then the decorators are applied bottom-up.
 */
public final class DecoratedNode extends ExpressionNode {
    @Children private final ExpressionNode[] decorators;
    @Child private ExpressionNode definition;
    @Children private final CallDispatchNode[] calls;

    public DecoratedNode(ExpressionNode[] decorators, ExpressionNode definition) {
        this.decorators = decorators;
        this.definition = definition;
        this.calls = new CallDispatchNode[decorators.length];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = CallDispatchNodeGen.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] functions = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            functions[i] = decorators[i].execute(frame);
        }
        Object value = definition.execute(frame);
        for (int i = decorators.length - 1; i >= 0; i--) {
            value = calls[i].execute(functions[i], new Object[]{value}, ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
        }
        return value;
    }
}

package org.pyj.interpreter.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;

/** A call expression {@code f(a, b, key=c)}: evaluates callee and arguments, then dispatches. */
public final class CallNode extends ExpressionNode {
    private static final String[] NO_KEYWORDS = new String[0];

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();

    public CallNode(ExpressionNode callee, ExpressionNode[] arguments, String[] keywordNames,
            ExpressionNode[] keywordValues) {
        this.callee = callee;
        this.arguments = arguments;
        this.keywordNames = keywordNames.length == 0 ? NO_KEYWORDS : keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].execute(frame);
        }
        Object[] kwValues = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            kwValues[i] = keywordValues[i].execute(frame);
        }
        return dispatch.execute(function, args, keywordNames, kwValues);
    }
}

package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PFunction;

/**
 * Runs a comprehension: iter() of its first iterable here ({@code __aiter__} for an async
 * comprehension's first {@code async for}), then a direct call of its function with it.
 */
public final class CallComprehensionNode extends ExpressionNode {
    @Child private MakeFunctionNode function;
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
    @Child private DirectCallNode call;
    private final boolean asyncIterable;

    public CallComprehensionNode(MakeFunctionNode function, ExpressionNode iterable, boolean asyncIterable) {
        this.function = function;
        this.iterable = iterable;
        this.call = DirectCallNode.create(function.getCallTarget());
        this.asyncIterable = asyncIterable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object iterable = this.iterable.execute(frame);
        Object iterator = asyncIterable ? org.pyj.interpreter.lib.Awaitables.getAIter(this, iterable) : getIter.execute(iterable);
        PFunction f = (PFunction) function.execute(frame);
        Object[] args = PArguments.create(f.getGlobals(), f, 1);
        args[PArguments.USER_ARGUMENTS] = iterator;
        return call.call(args);
    }
}

package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PFunction;

/** Runs a comprehension: iter() of its first iterable here, then a direct call of its function with it. */
public final class CallComprehensionNode extends ExpressionNode {
    @Child private MakeFunctionNode function;
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
    @Child private DirectCallNode call;

    public CallComprehensionNode(MakeFunctionNode function, ExpressionNode iterable) {
        this.function = function;
        this.iterable = iterable;
        this.call = DirectCallNode.create(function.getCallTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object iterator = getIter.execute(iterable.execute(frame));
        PFunction f = (PFunction) function.execute(frame);
        Object[] args = PArguments.create(f.getGlobals(), f, 1);
        args[PArguments.USER_ARGUMENTS] = iterator;
        return call.call(args);
    }
}

package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PArguments;

/** Reads a bound parameter from the frame's arguments (see {@link PArguments}). */
public final class ReadArgumentNode extends ExpressionNode {
    private final int index;

    public ReadArgumentNode(int parameterIndex) {
        this.index = PArguments.USER_ARGUMENTS + parameterIndex;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}

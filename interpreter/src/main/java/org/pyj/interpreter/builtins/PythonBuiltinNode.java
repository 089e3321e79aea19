package org.pyj.interpreter.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PArguments;

/** The body of a builtin function; its parameters are bound in the frame arguments already. */
public abstract class PythonBuiltinNode extends PyjNode {
    public abstract Object call(VirtualFrame frame);

    protected static Object arg(VirtualFrame frame, int index) {
        return frame.getArguments()[PArguments.USER_ARGUMENTS + index];
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.BuiltinTypes;

/** {@code assert test, msg}. */
public final class AssertNode extends StatementNode {
    @Child private ExpressionNode test;
    @Child private ExpressionNode message;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

    public AssertNode(ExpressionNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!isTrue.execute(test.execute(frame))) {
            if (message == null) {
                throw PythonErrors.raiseWithArgs(test, BuiltinTypes.ASSERTION_ERROR);
            }
            // CPython reports the failure at the test expression, which its traceback marks.
            throw PythonErrors.raiseWithArgs(test, BuiltinTypes.ASSERTION_ERROR, message.execute(frame));
        }
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.nodes.call.CallDispatchNodeGen;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PyType;

/** {@code raise exc}: a type is instantiated with no arguments; anything else must be an exception. */
public final class RaiseNode extends StatementNode {
    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_ARGS = new Object[0];

    @Child private ExpressionNode exception;
    @Child private CallDispatchNode instantiate = CallDispatchNodeGen.create();

    public RaiseNode(ExpressionNode exception) {
        this.exception = exception;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            throw PythonErrors.raise(this, BuiltinTypes.RUNTIME_ERROR, "No active exception to reraise");
        }
        Object exc = exception.execute(frame);
        if (exc instanceof PyType type && type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            exc = instantiate.execute(type, NO_ARGS, NO_NAMES, NO_ARGS);
        }
        if (exc instanceof PBaseException e) {
            throw new PException(e, this);
        }
        throw PythonErrors.typeError(this, "exceptions must derive from BaseException");
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.nodes.call.CallDispatchNodeGen;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyType;

/**
 * {@code raise exc [from cause]}: a type is instantiated with no arguments; anything else must
 * be an exception. A bare {@code raise} re-raises the exception being handled, with its traceback.
 */
public final class RaiseNode extends StatementNode {
    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_ARGS = new Object[0];

    @Child private ExpressionNode exception;
    @Child private ExpressionNode cause;
    @Child private CallDispatchNode instantiate = CallDispatchNodeGen.create();

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            PBaseException current = PyjContext.get(this).currentHandled();
            if (current == null) {
                throw PythonErrors.raise(this, BuiltinTypes.RUNTIME_ERROR, "No active exception to reraise");
            }
            if (current.getCarrier() instanceof PException carrier) {
                throw carrier;
            }
            throw new PException(current, this);
        }
        PBaseException exc = toException(exception.execute(frame), "exceptions must derive from BaseException");
        if (cause != null) {
            Object c = cause.execute(frame);
            if (c == PNone.NONE) {
                exc.setCause(null);
            } else {
                exc.setCause(toException(c, "exception causes must derive from BaseException"));
            }
        }
        throw new PException(exc, this);
    }

    private PBaseException toException(Object value, String message) {
        Object exc = value;
        if (exc instanceof PyType type && type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            exc = instantiate.execute(type, NO_ARGS, NO_NAMES, NO_ARGS);
        }
        if (exc instanceof PBaseException e) {
            return e;
        }
        throw PythonErrors.typeError(this, message);
    }
}

package org.pyj.interpreter.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;

/** A Python exception in flight: the Truffle exception that carries a Python exception object. */
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient PBaseException pythonException;

    public PException(PBaseException pythonException, Node location) {
        super(location);
        this.pythonException = pythonException;
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    /** CPython's last traceback line: "TypeName: message", or "TypeName" for an empty message. */
    @Override
    @TruffleBoundary
    public String getMessage() {
        String name = pythonException.getType().getName();
        String msg;
        if (pythonException.getType().isSubtypeOf(BuiltinTypes.SYNTAX_ERROR) && pythonException.getArgs().size() > 0) {
            // print_exception shows a SyntaxError's bare msg; its location was printed above it.
            msg = ReprFormatter.str(pythonException.getArgs().get(0));
        } else {
            msg = ReprFormatter.str(pythonException);
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}

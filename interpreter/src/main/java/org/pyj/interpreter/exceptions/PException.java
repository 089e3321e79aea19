package org.pyj.interpreter.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PNone;

/**
 * A Python exception in flight: the Truffle exception that carries a Python exception object.
 * Embedders see it as a PolyglotException: SyntaxError as a parse error, SystemExit as an exit.
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient PBaseException pythonException;

    public PException(PBaseException pythonException, Node location) {
        super(location);
        this.pythonException = pythonException;
        pythonException.setCarrier(this);
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    /** CPython's last traceback line: "TypeName: message", or "TypeName" for an empty message. */
    @Override
    @TruffleBoundary
    public String getMessage() {
        return lastLine(pythonException);
    }

    /** The "TypeName: message" line of a traceback. */
    @TruffleBoundary
    public static String lastLine(PBaseException pythonException) {
        String name = pythonException.getType().getName();
        String msg;
        if (pythonException.getType().isSubtypeOf(BuiltinTypes.SYNTAX_ERROR) && pythonException.getArgs().size() > 0) {
            // print_exception shows a SyntaxError's bare msg; its location was printed above it.
            msg = ReprFormatter.str(pythonException.getArgs().get(0));
        } else {
            try {
                msg = org.pyj.interpreter.runtime.PyStr.toJava(org.pyj.interpreter.lib.ObjectProtocol.str(null, pythonException));
            } catch (PException e) {
                msg = "<exception str() failed>";
            }
        }
        String module = pythonException.getType().getModule();
        if (!module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + pythonException.getType().getQualname();
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    @ExportMessage
    @TruffleBoundary
    ExceptionType getExceptionType() {
        if (pythonException.getType().isSubtypeOf(BuiltinTypes.SYNTAX_ERROR)) {
            return ExceptionType.PARSE_ERROR;
        } else if (isIntegralExit()) {
            return ExceptionType.EXIT;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    @TruffleBoundary
    int getExceptionExitStatus() throws UnsupportedMessageException {
        if (!isIntegralExit()) {
            throw UnsupportedMessageException.create();
        }
        Object code = pythonException.getExitCode();
        if (code == PNone.NONE) {
            return 0;
        } else if (code instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (code instanceof PInt) {
            return -1;
        }
        return (int) ((Number) code).longValue();
    }

    /** SystemExit with None or an int: an exit; with any other code it stays an error (its str is the message). */
    private boolean isIntegralExit() {
        if (!pythonException.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
            return false;
        }
        Object code = pythonException.getExitCode();
        return code == PNone.NONE || code instanceof Long || code instanceof Integer || code instanceof Boolean
                || code instanceof PInt;
    }
}

package org.pyj.interpreter.exceptions;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;

/** Creating Python exceptions from Java: the equivalent of CPython's PyErr_Format. */
public final class PythonErrors {
    private PythonErrors() {
    }

    /** Raises {@code type(message % args)} at {@code location}; never returns. */
    @TruffleBoundary
    public static PException raise(Node location, PyType type, String format, Object... args) {
        String message = args.length == 0 ? format : String.format(format, args);
        throw new PException(new PBaseException(type, new PTuple(new Object[]{PyStr.fromJava(message)})), location);
    }

    /** The exception itself, not thrown (for code that decides later whether to throw). */
    @TruffleBoundary
    public static PException create(PyType type, String message) {
        return new PException(new PBaseException(type, new PTuple(new Object[]{PyStr.fromJava(message)})), null);
    }

    @TruffleBoundary
    public static PException raiseWithArgs(Node location, PyType type, Object... args) {
        throw new PException(new PBaseException(type, new PTuple(args)), location);
    }

    public static PException typeError(Node location, String format, Object... args) {
        CompilerDirectives.transferToInterpreter();
        throw raise(location, BuiltinTypes.TYPE_ERROR, format, args);
    }

    public static PException valueError(Node location, String format, Object... args) {
        CompilerDirectives.transferToInterpreter();
        throw raise(location, BuiltinTypes.VALUE_ERROR, format, args);
    }

    public static PException zeroDivision(Node location, String message) {
        CompilerDirectives.transferToInterpreter();
        throw raise(location, BuiltinTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PException overflow(Node location, String message) {
        CompilerDirectives.transferToInterpreter();
        throw raise(location, BuiltinTypes.OVERFLOW_ERROR, message);
    }
}

package org.pyj.interpreter.exceptions;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.nodes.PythonRootNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PArguments;
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
        throw new PException(withMessage(type, message), location);
    }

    /**
     * Raises the NameError the interpreter itself reports for {@code name} (undefined global, unbound
     * free variable, {@code del} of a missing global). Like CPython it records the name and the
     * raising code's scope, from which the traceback offers "Did you mean: ...?".
     */
    @TruffleBoundary
    public static PException nameError(Node location, Object[] frameArguments, String format, String name) {
        PBaseException exc = withMessage(BuiltinTypes.NAME_ERROR, String.format(format, name));
        String[] varnames = location.getRootNode() instanceof PythonRootNode root ? root.getVarnames() : new String[0];
        exc.setNameErrorScope(name, varnames, PArguments.getGlobals(frameArguments),
                PyjContext.get(location).getBuiltins());
        throw new PException(exc, location);
    }

    /** Raises the interpreter's AttributeError for {@code object.name}, recording both as CPython does. */
    @TruffleBoundary
    public static PException attributeError(Node location, Object object, String name, String format, Object... args) {
        PBaseException exc = withMessage(BuiltinTypes.ATTRIBUTE_ERROR, String.format(format, args));
        exc.setAttributeErrorInfo(name, object);
        throw new PException(exc, location);
    }

    /** The exception itself, not thrown (for code that decides later whether to throw). */
    @TruffleBoundary
    public static PException create(PyType type, String message) {
        return new PException(withMessage(type, message), null);
    }

    /** {@code type(message)}: an exception whose args are the one message string. */
    public static PBaseException withMessage(PyType type, String message) {
        return new PBaseException(type, new PTuple(new Object[]{PyStr.fromJava(message)}));
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

package org.pyj.interpreter.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.parser.PySyntaxError;

/** Turns the parser's {@link PySyntaxError} into a Python SyntaxError (or IndentationError/TabError). */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    @TruffleBoundary
    public static PException toPython(PySyntaxError e, String fileName, com.oracle.truffle.api.source.Source source) {
        if (e.pythonType().equals("RecursionError")) {
            return PythonErrors.create(BuiltinTypes.RECURSION_ERROR, e.getMessage());
        } else if (e.pythonType().equals("MemoryError")) {
            return new PException(new PBaseException(BuiltinTypes.MEMORY_ERROR, PTuple.EMPTY), null);
        }
        PyType type = switch (e.pythonType()) {
            case "IndentationError" -> BuiltinTypes.INDENTATION_ERROR;
            case "TabError" -> BuiltinTypes.TAB_ERROR;
            default -> BuiltinTypes.SYNTAX_ERROR;
        };
        String line = e.text();
        if (line == null && source != null && source.hasCharacters() && e.lineno() >= 1
                && e.lineno() <= source.getLineCount()) {
            line = source.getCharacters(e.lineno()).toString();
        }
        Object text = line == null ? PNone.NONE : PyStr.fromJava(line + "\n");
        PTuple details = new PTuple(new Object[]{PyStr.fromJava(fileName), (long) e.lineno(), (long) e.offset(), text,
                (long) e.endLineno(), (long) e.endOffset()});
        PTuple args = new PTuple(new Object[]{PyStr.fromJava(e.getMessage()), details});
        return new PException(new PBaseException(type, args), null);
    }
}

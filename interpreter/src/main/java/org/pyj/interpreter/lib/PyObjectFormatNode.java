package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.FormatSpec;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PComplex;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code format(value, spec)} (PyObject_Format) for the builtin types. */
public final class PyObjectFormatNode extends PyjNode {
    public TruffleString execute(Object value, TruffleString spec) {
        return formatSlowPath(this, value, spec);
    }

    @TruffleBoundary
    public static TruffleString formatSlowPath(Node location, Object value, TruffleString specStr) {
        if (ObjectProtocol.isUserObject(value)) {
            // A class's own __format__ (object.__format__ when it has none).
            Object r = ObjectProtocol.callSpecial(location, ObjectProtocol.lookupSpecial(value, "__format__"), value, specStr);
            if (!(r instanceof TruffleString s)) {
                throw PythonErrors.typeError(location, "__format__ must return a str, not %s", PythonTypeOf.typeName(r));
            }
            return s;
        }
        String spec = PyStr.toJava(specStr);
        if (spec.isEmpty()) {
            return PyObjectStrNode.strSlowPath(location, value);
        }
        if (!(value instanceof TruffleString || value instanceof Double || value instanceof PComplex
                || BuiltinArithmetic.isInt(value))) {
            // object.__format__: only the empty spec.
            throw PythonErrors.typeError(location, "unsupported format string passed to %s.__format__",
                    PythonTypeOf.typeName(value));
        }
        try {
            FormatSpec f = FormatSpec.parse(spec, PythonTypeOf.typeName(value));
            String result;
            if (value instanceof TruffleString s) {
                result = f.formatString(PyStr.toJava(s));
            } else if (value instanceof Double d) {
                result = f.formatFloat(d, true);
            } else if (value instanceof PComplex c) {
                result = f.formatComplex(c.getReal(), c.getImag());
            } else {
                // bool uses int.__format__: a non-empty spec formats its value as a number.
                result = f.formatInt(BuiltinArithmetic.toBig(value));
            }
            return PyStr.fromJava(result);
        } catch (FormatSpec.FormatError e) {
            PyType type = switch (e.getKind()) {
                case OVERFLOW -> BuiltinTypes.OVERFLOW_ERROR;
                case MEMORY -> BuiltinTypes.MEMORY_ERROR;
                default -> BuiltinTypes.VALUE_ERROR;
            };
            throw PythonErrors.raise(location, type, "%s", e.getMessage());
        }
    }

}

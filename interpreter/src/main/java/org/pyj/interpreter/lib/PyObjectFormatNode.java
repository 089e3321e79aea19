package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.FormatSpec;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code format(value, spec)} (PyObject_Format) for the builtin types. */
public final class PyObjectFormatNode extends PyjNode {
    public TruffleString execute(Object value, TruffleString spec) {
        return formatSlowPath(this, value, spec);
    }

    @TruffleBoundary
    public static TruffleString formatSlowPath(Node location, Object value, TruffleString specStr) {
        String spec = PyStr.toJava(specStr);
        if (spec.isEmpty()) {
            return PyObjectStrNode.strSlowPath(location, value);
        }
        try {
            FormatSpec f = FormatSpec.parse(spec);
            String result;
            if (value instanceof TruffleString s) {
                result = f.formatString(PyStr.toJava(s));
            } else if (value instanceof Double d) {
                result = f.formatFloat(d, true);
            } else if (BuiltinArithmetic.isInt(value)) {
                // bool uses int.__format__: a non-empty spec formats its value as a number.
                result = f.formatInt(BuiltinArithmetic.toBig(value));
            } else {
                throw PythonErrors.typeError(location, "unsupported format string passed to %s.__format__",
                        PythonTypeOf.typeName(value));
            }
            return PyStr.fromJava(result);
        } catch (FormatSpec.FormatError e) {
            throw PythonErrors.valueError(location, "%s", e.getMessage());
        }
    }

}

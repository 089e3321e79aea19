package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.PyNumberIndexNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code chr} and {@code ord}: between a code point and a one-character str. */
final class CharacterBuiltins {
    private CharacterBuiltins() {
    }

    static List<BuiltinSpec> specs() {
        return List.of(BuiltinSpec.positional("chr", ChrNode::new, "i"),
                BuiltinSpec.positional("ord", OrdNode::new, "c"));
    }

    static final class ChrNode extends PythonBuiltinNode {
        @Child private PyNumberIndexNode index = PyNumberIndexNode.create();

        @Override
        public Object call(VirtualFrame frame) {
            Object i = index.execute(arg(frame, 0));
            if (!(i instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw PythonErrors.raise(this, BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
            }
            if (l < 0 || l > 0x10FFFF) {
                throw PythonErrors.valueError(this, "chr() arg not in range(0x110000)");
            }
            return PyStr.fromCodePoints(new int[]{(int) (long) l});
        }
    }

    static final class OrdNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            Object c = arg(frame, 0);
            if (!(c instanceof TruffleString s)) {
                throw PythonErrors.typeError(this, "ord() expected string of length 1, but %s found",
                        PythonTypeOf.typeName(c));
            }
            int length = s.codePointLengthUncached(PyStr.ENCODING);
            if (length != 1) {
                throw PythonErrors.typeError(this, "ord() expected a character, but string of length %d found", length);
            }
            return (long) s.codePointAtIndexUncached(0, PyStr.ENCODING);
        }
    }
}

package org.pyj.interpreter.builtins;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyNumberIndexNode;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PyStr;

/** {@code bin}, {@code oct} and {@code hex}: an integer's digits with CPython's 0b/0o/0x prefix. */
final class IntegerTextBuiltins {
    private IntegerTextBuiltins() {
    }

    static List<BuiltinSpec> specs() {
        return List.of(BuiltinSpec.positional("bin", () -> new RadixNode(2, "0b"), "number"),
                BuiltinSpec.positional("oct", () -> new RadixNode(8, "0o"), "number"),
                BuiltinSpec.positional("hex", () -> new RadixNode(16, "0x"), "number"));
    }

    static final class RadixNode extends PythonBuiltinNode {
        private final int radix;
        private final String prefix;
        @Child private PyNumberIndexNode index = PyNumberIndexNode.create();

        RadixNode(int radix, String prefix) {
            this.radix = radix;
            this.prefix = prefix;
        }

        @Override
        public Object call(VirtualFrame frame) {
            return PyStr.fromJava(text(index.execute(arg(frame, 0)), radix, prefix));
        }

        @TruffleBoundary
        private static String text(Object value, int radix, String prefix) {
            BigInteger v = value instanceof PInt p ? p.getValue() : BigInteger.valueOf((Long) value);
            String digits = v.abs().toString(radix);
            return (v.signum() < 0 ? "-" : "") + prefix + digits;
        }
    }
}

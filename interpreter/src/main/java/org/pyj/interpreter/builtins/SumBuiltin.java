package org.pyj.interpreter.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyNumberAddNode;
import org.pyj.interpreter.lib.PyNumberAddNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.runtime.Signature;

/**
 * {@code sum(iterable, /, start=0)}: {@code start + item + item ...} left to right. CPython 3.11
 * adds floats plainly (the compensated summation of 3.12 is not 3.11's behaviour), so this does too.
 */
final class SumBuiltin {
    private SumBuiltin() {
    }

    static BuiltinSpec spec() {
        return new BuiltinSpec("sum", new Signature("sum", new String[]{"iterable", "start"}, 1, 2, 0, false, false),
                new Object[]{0L}, null, SumNode::new);
    }

    static final class SumNode extends PythonBuiltinNode {
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
        @Child private PyIterNextNode next = PyIterNextNodeGen.create();
        @Child private PyNumberAddNode add = PyNumberAddNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            Object total = arg(frame, 1);
            if (total instanceof TruffleString) {
                throw PythonErrors.typeError(this, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            Object iterator = getIter.execute(arg(frame, 0));
            for (Object item = next.execute(iterator); item != PyIterNextNode.STOP; item = next.execute(iterator)) {
                total = add.execute(total, item);
            }
            return total;
        }
    }
}

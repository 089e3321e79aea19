package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.Signature;

/** {@code iter(object)} and {@code next(iterator[, default])}. */
final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    static List<BuiltinSpec> specs() {
        return List.of(
                new BuiltinSpec("iter", new Signature("iter", new String[]{"object", "sentinel"}, 2, 2, 0, false, false),
                        new Object[]{PMissing.INSTANCE}, null, IterNode::new),
                new BuiltinSpec("next", new Signature("next", new String[]{"iterator", "default"}, 2, 2, 0, false, false),
                        new Object[]{PMissing.INSTANCE}, null, NextNode::new));
    }

    static final class IterNode extends PythonBuiltinNode {
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            if (arg(frame, 1) != PMissing.INSTANCE) {
                throw PythonErrors.typeError(this, "pyj does not support iter(callable, sentinel) yet");
            }
            return getIter.execute(arg(frame, 0));
        }
    }

    /** Raises StopIteration (without arguments, as CPython) at the end unless a default is given. */
    static final class NextNode extends PythonBuiltinNode {
        @Child private PyIterNextNode next = PyIterNextNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            Object item = next.execute(arg(frame, 0));
            if (item != PyIterNextNode.STOP) {
                return item;
            }
            Object fallback = arg(frame, 1);
            if (fallback != PMissing.INSTANCE) {
                return fallback;
            }
            throw PythonErrors.raiseWithArgs(this, BuiltinTypes.STOP_ITERATION);
        }
    }
}

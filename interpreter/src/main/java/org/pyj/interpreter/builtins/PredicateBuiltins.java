package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonCallable;

/** {@code callable}, {@code any} and {@code all}. */
final class PredicateBuiltins {
    private PredicateBuiltins() {
    }

    static List<BuiltinSpec> specs() {
        return List.of(BuiltinSpec.positional("callable", CallableNode::new, "obj"),
                BuiltinSpec.positional("any", () -> new AnyAllNode(true), "iterable"),
                BuiltinSpec.positional("all", () -> new AnyAllNode(false), "iterable"));
    }

    static final class CallableNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return org.pyj.interpreter.lib.ObjectProtocol.isCallable(arg(frame, 0));
        }
    }

    /** any() stops at the first true item, all() at the first false one. */
    static final class AnyAllNode extends PythonBuiltinNode {
        private final boolean stopWhen;
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
        @Child private PyIterNextNode next = PyIterNextNodeGen.create();
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

        AnyAllNode(boolean stopWhen) {
            this.stopWhen = stopWhen;
        }

        @Override
        public Object call(VirtualFrame frame) {
            Object iterator = getIter.execute(arg(frame, 0));
            for (Object item = next.execute(iterator); item != PyIterNextNode.STOP; item = next.execute(iterator)) {
                if (isTrue.execute(item) == stopWhen) {
                    return stopWhen;
                }
            }
            return !stopWhen;
        }
    }
}

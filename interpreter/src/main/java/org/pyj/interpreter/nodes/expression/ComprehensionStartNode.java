package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PSet;

/** A comprehension's empty result, in its hidden slot. */
public final class ComprehensionStartNode extends StatementNode {
    private final int slot;
    private final ComprehensionAddNode.Kind kind;

    public ComprehensionStartNode(int slot, ComprehensionAddNode.Kind kind) {
        this.slot = slot;
        this.kind = kind;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = switch (kind) {
            case LIST -> new PList();
            case SET -> newSet();
            case DICT -> newDict();
        };
        frame.setObject(slot, result);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static PSet newSet() {
        return new PSet(BuiltinTypes.SET);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static PDict newDict() {
        return new PDict();
    }
}

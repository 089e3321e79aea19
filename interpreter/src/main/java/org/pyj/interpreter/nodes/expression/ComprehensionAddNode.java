package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PSet;

/** The innermost step of a comprehension: adds the element (or key: value) to the result (LIST_APPEND and friends). */
public final class ComprehensionAddNode extends StatementNode {
    public enum Kind {
        LIST, SET, DICT
    }

    private final int slot;
    private final Kind kind;
    @Child private ExpressionNode element;
    @Child private ExpressionNode value;

    public ComprehensionAddNode(int slot, Kind kind, ExpressionNode element, ExpressionNode value) {
        this.slot = slot;
        this.kind = kind;
        this.element = element;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(slot);
        switch (kind) {
            case LIST -> ((PList) result).append(element.execute(frame));
            case SET -> addToSet(this, (PSet) result, element.execute(frame));
            case DICT -> {
                Object k = element.execute(frame);
                putInDict(this, (PDict) result, k, value.execute(frame));
            }
        }
    }

    @TruffleBoundary
    private static void addToSet(com.oracle.truffle.api.nodes.Node location, PSet set, Object o) {
        set.add(location, o);
    }

    @TruffleBoundary
    private static void putInDict(com.oracle.truffle.api.nodes.Node location, PDict dict, Object k, Object v) {
        dict.setItem(location, k, v);
    }
}

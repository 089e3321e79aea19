package org.pyj.interpreter.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.expression.ElementsNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PSet;

/** A set display {@code {a, b, *c}}. */
public final class SetLiteralNode extends ExpressionNode {
    @Child private ElementsNode elements;
    /**
     * More than two constants: CPython's compiler folds them into a frozenset constant and the
     * display merges that into an empty set, which lays the table out differently.
     */
    private final boolean folded;

    public SetLiteralNode(ElementsNode elements, boolean folded) {
        this.elements = elements;
        this.folded = folded;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PSet set = build(this, elements.execute(frame));
        return folded ? mergeIntoEmpty(this, set) : set;
    }

    @TruffleBoundary
    private static PSet mergeIntoEmpty(com.oracle.truffle.api.nodes.Node location, PSet folded) {
        // The compiler's constant merging rebuilds the frozenset from the first one's order.
        PSet constant = new PSet(BuiltinTypes.FROZENSET);
        for (Object o : folded.toArray()) {
            constant.add(location, o);
        }
        PSet s = new PSet(BuiltinTypes.SET);
        s.merge(location, constant);
        return s;
    }

    @TruffleBoundary
    private static PSet build(com.oracle.truffle.api.nodes.Node location, Object[] items) {
        PSet s = new PSet(BuiltinTypes.SET);
        for (Object o : items) {
            s.add(location, o);
        }
        return s;
    }
}

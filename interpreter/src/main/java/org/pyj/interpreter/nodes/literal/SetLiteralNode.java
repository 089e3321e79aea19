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

    public SetLiteralNode(ElementsNode elements) {
        this.elements = elements;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return build(this, elements.execute(frame));
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

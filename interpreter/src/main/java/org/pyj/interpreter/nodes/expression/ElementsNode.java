package org.pyj.interpreter.nodes.expression;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.nodes.PyjNode;

/** The elements of a display ({@code [a, *b, c]}, tuples, sets), left to right, with {@code *x} expanded. */
public final class ElementsNode extends PyjNode {
    @Children private final org.pyj.interpreter.nodes.ExpressionNode[] elements;
    /** Which elements are {@code *iterable}; null when none is. */
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    @Child private PyObjectGetIterNode getIter;
    @Child private PyIterNextNode next;

    public ElementsNode(org.pyj.interpreter.nodes.ExpressionNode[] elements, boolean[] starred) {
        this.elements = elements;
        boolean any = false;
        for (boolean b : starred) {
            any |= b;
        }
        this.starred = any ? starred : null;
        if (any) {
            getIter = PyObjectGetIterNodeGen.create();
            next = PyIterNextNodeGen.create();
        }
    }

    public int count() {
        return elements.length;
    }

    public boolean hasStarred() {
        return starred != null;
    }

    @ExplodeLoop
    public Object[] execute(VirtualFrame frame) {
        if (starred == null) {
            Object[] items = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                items[i] = elements[i].execute(frame);
            }
            return items;
        }
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].execute(frame);
        }
        return expand(values);
    }

    /** The values with the starred ones' items spliced in: not exploded, the item counts are not constants. */
    private Object[] expand(Object[] values) {
        Object[] items = new Object[Math.max(8, values.length * 2)];
        int size = 0;
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                Object it = getIter.execute(values[i]);
                for (Object x = next.execute(it); x != PyIterNextNode.STOP; x = next.execute(it)) {
                    if (size == items.length) {
                        items = Arrays.copyOf(items, size * 2);
                    }
                    items[size++] = x;
                }
            } else {
                if (size == items.length) {
                    items = Arrays.copyOf(items, size * 2);
                }
                items[size++] = values[i];
            }
        }
        return Arrays.copyOf(items, size);
    }
}

package org.pyj.interpreter.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;

/** A call expression {@code f(a, b, key=c)}: evaluates callee and arguments, then dispatches. */
public final class CallNode extends ExpressionNode {
    private static final String[] NO_KEYWORDS = new String[0];

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();
    /** Which positional arguments are {@code *iterable}; null when none is. */
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    @Child private PyObjectGetIterNode getIter;
    @Child private PyIterNextNode next;

    public CallNode(ExpressionNode callee, ExpressionNode[] arguments, boolean[] starred, String[] keywordNames,
            ExpressionNode[] keywordValues) {
        this.callee = callee;
        this.arguments = arguments;
        boolean any = false;
        for (boolean b : starred) {
            any |= b;
        }
        this.starred = any ? starred : null;
        if (any) {
            this.getIter = PyObjectGetIterNodeGen.create();
            this.next = PyIterNextNodeGen.create();
        }
        this.keywordNames = keywordNames.length == 0 ? NO_KEYWORDS : keywordNames;
        this.keywordValues = keywordValues;
        boolean mapping = false;
        for (String n : keywordNames) {
            mapping |= n == null;
        }
        this.hasMappingArguments = mapping;
    }

    /** Whether some keyword entry is {@code **mapping} (a null name): then the names are known only at run time. */
    private final boolean hasMappingArguments;

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] args;
        if (starred == null) {
            args = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                args[i] = arguments[i].execute(frame);
            }
        } else {
            args = collectStarred(frame, function);
        }
        Object[] kwValues = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            kwValues[i] = keywordValues[i].execute(frame);
        }
        if (hasMappingArguments) {
            Object[][] merged = KeywordArguments.merge(this, function, keywordNames, kwValues);
            String[] names = new String[merged[0].length];
            System.arraycopy(merged[0], 0, names, 0, names.length);
            return dispatch.execute(function, args, names, merged[1]);
        }
        return dispatch.execute(function, args, keywordNames, kwValues);
    }

    /** Positional arguments with {@code *iterable} entries expanded, in order. */
    @ExplodeLoop
    private Object[] collectStarred(VirtualFrame frame, Object function) {
        ArrayBuilder items = new ArrayBuilder();
        for (int i = 0; i < arguments.length; i++) {
            Object v = arguments[i].execute(frame);
            if (starred[i]) {
                Object it;
                try {
                    it = getIter.execute(v);
                } catch (org.pyj.interpreter.exceptions.PException e) {
                    throw KeywordArguments.notIterable(this, e, function, v);
                }
                drain(it, items);
            } else {
                items.add(v);
            }
        }
        return items.toArray();
    }

    /** Adds an iterator's items; a loop of its own, outside the exploded one (its length is not a constant). */
    private void drain(Object it, ArrayBuilder items) {
        for (Object x = next.execute(it); x != PyIterNextNode.STOP; x = next.execute(it)) {
            items.add(x);
        }
    }

    /** A growable Object array that needs no boundary (unlike ArrayList). */
    private static final class ArrayBuilder {
        private Object[] items = new Object[8];
        private int size;

        void add(Object o) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = o;
        }

        Object[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}

package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.lib.PyNumberBinaryNode;
import org.pyj.interpreter.lib.PyObjectGetItemNode;
import org.pyj.interpreter.lib.PyObjectGetItemNodeGen;
import org.pyj.interpreter.lib.PyObjectSetItemNode;
import org.pyj.interpreter.lib.PyObjectSetItemNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;

/** {@code container[key] op= value}: container and key are evaluated once. */
public final class AugAssignSubscriptNode extends StatementNode {
    @Child private ExpressionNode container;
    @Child private ExpressionNode key;
    @Child private ExpressionNode value;
    @Child private PyObjectGetItemNode getItem = PyObjectGetItemNodeGen.create();
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNodeGen.create();
    @Child private PyNumberBinaryNode operator;
    /** In a generator whose value suspends: the current value, kept for the resumption. */
    @Child private org.pyj.interpreter.nodes.generator.SavedValue saved;

    public AugAssignSubscriptNode(ExpressionNode container, ExpressionNode key, ExpressionNode value,
            PyNumberBinaryNode operator) {
        this.container = container;
        this.key = key;
        this.value = value;
        this.operator = operator;
    }

    /** Errors of reading and storing the item are reported at the target {@code c[k]}, as CPython does. */
    public AugAssignSubscriptNode atTarget(int line, int col, int endLine, int endCol) {
        getItem.setPosition(line, col, endLine, endCol);
        setItem.setPosition(line, col, endLine, endCol);
        return this;
    }

    /** Keeps the current value for a resumption inside the value (a generator's {@code x.a += yield}). */
    public AugAssignSubscriptNode savingCurrent(org.pyj.interpreter.nodes.generator.SavedValue savedValue) {
        this.saved = savedValue;
        return this;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object c = container.execute(frame);
        Object k = key.execute(frame);
        Object current;
        if (saved != null && saved.isSaved(frame)) {
            current = saved.get(frame);
        } else {
            current = getItem.execute(c, k);
            if (saved != null) {
                saved.save(frame, current);
            }
        }
        Object result = operator.execute(current, value.execute(frame));
        setItem.execute(c, k, result);
    }
}

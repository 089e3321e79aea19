package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PyStr;

/** An f-string: its literal parts and formatted fields, concatenated. */
public final class JoinedStrNode extends ExpressionNode {
    @Children private final ExpressionNode[] parts;
    @Child private TruffleStringBuilder.AppendStringNode append = TruffleStringBuilder.AppendStringNode.create();
    @Child private TruffleStringBuilder.ToStringNode toString = TruffleStringBuilder.ToStringNode.create();

    public JoinedStrNode(ExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        TruffleStringBuilder sb = TruffleStringBuilder.create(PyStr.ENCODING);
        for (ExpressionNode p : parts) {
            append.execute(sb, (TruffleString) p.execute(frame));
        }
        return toString.execute(sb);
    }
}

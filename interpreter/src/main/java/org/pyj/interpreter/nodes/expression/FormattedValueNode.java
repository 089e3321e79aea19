package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.lib.PyObjectFormatNode;
import org.pyj.interpreter.lib.PyObjectReprNode;
import org.pyj.interpreter.lib.PyObjectReprNodeGen;
import org.pyj.interpreter.lib.PyObjectStrNode;
import org.pyj.interpreter.lib.PyObjectStrNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PyStr;

/** One replacement field of an f-string: {@code {value!conversion:spec}}. */
public final class FormattedValueNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private ExpressionNode spec;
    private final int conversion;
    @Child private PyObjectStrNode str = PyObjectStrNodeGen.create();
    @Child private PyObjectReprNode repr = PyObjectReprNodeGen.create();
    @Child private PyObjectFormatNode format = new PyObjectFormatNode();

    public FormattedValueNode(ExpressionNode value, int conversion, ExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        switch (conversion) {
            case 's' -> v = str.execute(v);
            case 'r' -> v = repr.execute(v);
            case 'a' -> v = PyStr.fromJava(ReprFormatter.ascii(PyStr.toJava(repr.execute(v))));
            default -> {
            }
        }
        TruffleString s = spec == null ? PyStr.EMPTY : (TruffleString) spec.execute(frame);
        return format.execute(v, s);
    }
}

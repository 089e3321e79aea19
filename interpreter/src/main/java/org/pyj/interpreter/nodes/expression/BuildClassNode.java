package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.lib.TypeCalls;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PFunction;

/**
 * A {@code class} statement's value: evaluates the bases and keywords, makes the class body's
 * function and hands them to {@code __build_class__}.
 */
public final class BuildClassNode extends ExpressionNode {
    @Child private ExpressionNode body;
    private final String name;
    @Child private ElementsNode bases;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;

    public BuildClassNode(ExpressionNode body, String name, ElementsNode bases, String[] keywordNames,
            ExpressionNode[] keywordValues) {
        this.body = body;
        this.name = name;
        this.bases = bases;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PFunction function = (PFunction) body.execute(frame);
        Object[] b = bases.execute(frame);
        Object[] kw = new Object[keywordValues.length];
        for (int i = 0; i < kw.length; i++) {
            kw[i] = keywordValues[i].execute(frame);
        }
        return TypeCalls.buildClass(this, function, name, b, keywordNames, kw);
    }
}

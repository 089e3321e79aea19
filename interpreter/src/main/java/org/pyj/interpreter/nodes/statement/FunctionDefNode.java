package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.Signature;

/** {@code def name(...): ...}: evaluates the defaults, makes the function object and binds the name. */
public final class FunctionDefNode extends StatementNode {
    private final String name;
    private final String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    @Children private final ExpressionNode[] defaults;
    /** Keyword-only defaults, null entries where a parameter has none. */
    @Children private final ExpressionNode[] kwDefaults;
    @Child private AssignTargetNode target;

    public FunctionDefNode(String name, String qualname, RootCallTarget callTarget, Signature signature,
            ExpressionNode[] defaults, ExpressionNode[] kwDefaults, AssignTargetNode target) {
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.target = target;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].execute(frame);
        }
        Object[] kwDefaultValues = new Object[kwDefaults.length];
        for (int i = 0; i < kwDefaults.length; i++) {
            kwDefaultValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].execute(frame);
        }
        PFunction f = new PFunction(name, qualname, callTarget, signature,
                PArguments.getGlobals(frame.getArguments()), defaultValues, kwDefaultValues);
        target.executeWrite(frame, f);
    }
}

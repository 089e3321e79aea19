package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PCell;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.Signature;

/**
 * Makes a function object ({@code def} and {@code lambda}): evaluates the defaults and takes
 * the cells of the code's free variables from this frame, at definition time.
 */
public final class MakeFunctionNode extends ExpressionNode {
    private final String name;
    private final String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    @Children private final ExpressionNode[] defaults;
    /** Keyword-only defaults, null entries where a parameter has none. */
    @Children private final ExpressionNode[] kwDefaults;
    /** The slots (in this frame) of the cells the new function closes over, in its order. */
    @CompilationFinal(dimensions = 1) private final int[] closureSlots;

    public MakeFunctionNode(String name, String qualname, RootCallTarget callTarget, Signature signature,
            ExpressionNode[] defaults, ExpressionNode[] kwDefaults, int[] closureSlots) {
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closureSlots = closureSlots;
    }

    /** The docstring, or null. */
    private Object doc;

    public MakeFunctionNode withDoc(Object docstring) {
        this.doc = docstring;
        return this;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].execute(frame);
        }
        Object[] kwDefaultValues = new Object[kwDefaults.length];
        for (int i = 0; i < kwDefaults.length; i++) {
            kwDefaultValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].execute(frame);
        }
        PCell[] closure = new PCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (PCell) frame.getObject(closureSlots[i]);
        }
        PFunction f = new PFunction(name, qualname, callTarget, signature, PArguments.getGlobals(frame.getArguments()),
                defaultValues, kwDefaultValues, closure);
        if (doc != null) {
            setDoc(f, doc);
        }
        return f;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void setDoc(PFunction f, Object doc) {
        f.getAttributes().setItem(org.pyj.interpreter.runtime.PyStr.fromJava("__doc__"), doc);
    }
}

package org.pyj.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.builtins.ObjectBuiltins;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.nodes.call.CallDispatchNodeGen;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PCell;

/**
 * {@code super()} in a method: the class from the implicit {@code __class__} cell and the
 * method's first argument, as CPython's super_init finds them in the frame. If the name
 * {@code super} means something else here, that is called instead.
 */
public final class ZeroArgSuperNode extends ExpressionNode {
    @Child private ExpressionNode callee;
    @Child private ExpressionNode firstArgument;
    private final int classCellSlot;
    @Child private CallDispatchNode call;

    public ZeroArgSuperNode(ExpressionNode callee, ExpressionNode firstArgument, int classCellSlot) {
        this.callee = callee;
        this.firstArgument = firstArgument;
        this.classCellSlot = classCellSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        if (function != BuiltinTypes.SUPER) {
            if (call == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                call = insert(CallDispatchNodeGen.create());
            }
            return call.execute(function, new Object[0], ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
        }
        Object cls = ((PCell) frame.getObject(classCellSlot)).get();
        if (cls == null) {
            throw PythonErrors.raise(this, BuiltinTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
        }
        if (firstArgument == null) {
            throw PythonErrors.raise(this, BuiltinTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        return ObjectBuiltins.makeSuper(this, cls, firstArgument.execute(frame));
    }
}

package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PModule;

/**
 * A name in a class body (CPython's LOAD_NAME): the class namespace, then globals, then builtins.
 * Class bodies run once, so this stays on the slow path.
 */
public final class ReadNameNode extends ExpressionNode {
    private final String name;

    public ReadNameNode(String name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return read(frame.getArguments());
    }

    @TruffleBoundary
    private Object read(Object[] arguments) {
        Object namespace = arguments[PArguments.USER_ARGUMENTS];
        Object value = NameTargetNode.lookupNamespace(this, namespace, name);
        if (value != null) {
            return value;
        }
        PModule globals = PArguments.getGlobals(arguments);
        value = DynamicObjectLibrary.getUncached().getOrDefault(globals, name, null);
        if (value == null) {
            value = DynamicObjectLibrary.getUncached().getOrDefault(PyjContext.get(this).getBuiltins(), name, null);
        }
        if (value == null) {
            throw PythonErrors.nameError(this, arguments, "name '%s' is not defined", name);
        }
        return value;
    }
}

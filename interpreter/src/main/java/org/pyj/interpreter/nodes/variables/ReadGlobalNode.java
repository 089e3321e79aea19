package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PModule;

/** Reads a global name: the module's globals first, then builtins, else NameError. */
@NodeField(name = "name", type = String.class)
public abstract class ReadGlobalNode extends ExpressionNode {
    protected abstract String getName();

    @Specialization(limit = "3")
    protected Object read(VirtualFrame frame,
            @Bind("getGlobals(frame)") PModule globals,
            @CachedLibrary("globals") DynamicObjectLibrary globalsLib,
            @CachedLibrary(limit = "3") DynamicObjectLibrary builtinsLib) {
        Object value = globalsLib.getOrDefault(globals, getName(), null);
        if (value != null) {
            return value;
        }
        PModule builtins = PyjContext.get(this).getBuiltins();
        value = builtinsLib.getOrDefault(builtins, getName(), null);
        if (value != null) {
            return value;
        }
        throw PythonErrors.nameError(this, frame.getArguments(), "name '%s' is not defined", getName());
    }

    protected static PModule getGlobals(VirtualFrame frame) {
        return PArguments.getGlobals(frame.getArguments());
    }
}

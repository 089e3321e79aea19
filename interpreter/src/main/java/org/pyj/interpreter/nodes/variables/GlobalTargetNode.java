package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PModule;

/** Stores a global name into the module's globals. */
@NodeField(name = "name", type = String.class)
public abstract class GlobalTargetNode extends AssignTargetNode {
    protected abstract String getName();

    @Specialization(limit = "3")
    protected void write(VirtualFrame frame, Object value,
            @Bind("getGlobals(frame)") PModule globals,
            @CachedLibrary("globals") DynamicObjectLibrary globalsLib) {
        globalsLib.put(globals, getName(), value);
    }

    @Override
    public void unbind(VirtualFrame frame) {
        removeGlobal(this, frame.getArguments(), getName());
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void removeGlobal(com.oracle.truffle.api.nodes.Node location, Object[] frameArguments, String name) {
        PModule globals = PArguments.getGlobals(frameArguments);
        if (!com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().removeKey(globals, name)) {
            throw org.pyj.interpreter.exceptions.PythonErrors.nameError(location, frameArguments,
                    "name '%s' is not defined", name);
        }
    }

    protected static PModule getGlobals(VirtualFrame frame) {
        return PArguments.getGlobals(frame.getArguments());
    }
}

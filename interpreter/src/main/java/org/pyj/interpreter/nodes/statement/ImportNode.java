package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PModule;

/**
 * {@code import name [as alias]}: for now only the modules built into pyj (sys, time); the
 * import system over the CPython stdlib comes with the stdlib issue.
 */
public final class ImportNode extends StatementNode {
    private final String moduleName;
    @Child private AssignTargetNode target;

    public ImportNode(String moduleName, AssignTargetNode target) {
        this.moduleName = moduleName;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        target.executeWrite(frame, importModule(this, PyjContext.get(this), moduleName));
    }

    @TruffleBoundary
    public static PModule importModule(com.oracle.truffle.api.nodes.Node location, PyjContext context, String name) {
        PModule module = context.getBuiltinModule(name);
        if (module == null) {
            throw PythonErrors.raise(location, BuiltinTypes.MODULE_NOT_FOUND_ERROR, "No module named '%s'", name);
        }
        return module;
    }
}

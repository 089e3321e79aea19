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
        // A dotted name imports its parents first; the first one missing is what is reported. No
        // module here is a package, so a dotted name always fails.
        int dot = name.indexOf('.');
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            if (context.getBuiltinModule(parent) == null) {
                throw notFound(location, parent, "No module named '" + parent + "'");
            }
            int next = name.indexOf('.', dot + 1);
            String child = next < 0 ? name : name.substring(0, next);
            throw notFound(location, child, "No module named '" + child + "'; '" + parent + "' is not a package");
        }
        PModule module = context.getBuiltinModule(name);
        if (module == null) {
            throw notFound(location, name, "No module named '" + name + "'");
        }
        return module;
    }

    private static org.pyj.interpreter.exceptions.PException notFound(com.oracle.truffle.api.nodes.Node location, String name,
            String message) {
        org.pyj.interpreter.runtime.PBaseException e = PythonErrors.withMessage(BuiltinTypes.MODULE_NOT_FOUND_ERROR, message);
        e.getImportError()[1] = org.pyj.interpreter.runtime.PyStr.fromJava(name);
        return new org.pyj.interpreter.exceptions.PException(e, location);
    }

}

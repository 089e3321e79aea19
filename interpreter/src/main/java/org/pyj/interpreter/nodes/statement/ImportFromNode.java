package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PModule;

/** {@code from module import a, b as c} over the modules built into pyj. */
public final class ImportFromNode extends StatementNode {
    private final String moduleName;
    private final String[] names;
    @Children private final AssignTargetNode[] targets;

    public ImportFromNode(String moduleName, String[] names, AssignTargetNode[] targets) {
        this.moduleName = moduleName;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        PModule module = ImportNode.importModule(this, PyjContext.get(this), moduleName);
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, attribute(module, names[i]));
        }
    }

    @TruffleBoundary
    private Object attribute(PModule module, String name) {
        Object value = DynamicObjectLibrary.getUncached().getOrDefault(module, name, null);
        if (value == null) {
            throw PythonErrors.raise(this, BuiltinTypes.IMPORT_ERROR, "cannot import name '%s' from '%s' (unknown location)",
                    name, moduleName);
        }
        return value;
    }
}

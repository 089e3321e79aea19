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
import org.pyj.interpreter.runtime.PArguments;

/** {@code from module import a, b as c} and its relative forms ({@code from ..pkg import x}), through the import system. */
public final class ImportFromNode extends StatementNode {
    /** The module as written ({@code null} for {@code from . import x}). */
    private final String moduleName;
    /** How many leading dots: 0 for an absolute import. */
    private final int level;
    private final String[] names;
    @Children private final AssignTargetNode[] targets;

    public ImportFromNode(String moduleName, int level, String[] names, AssignTargetNode[] targets) {
        this.moduleName = moduleName;
        this.level = level;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        PyjContext context = PyjContext.get(this);
        Object module = importModule(context, frame.getArguments());
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, importFrom(context, module, names[i]));
        }
    }

    @TruffleBoundary
    private Object importModule(PyjContext context, Object[] arguments) {
        String name = moduleName == null ? "" : moduleName;
        if (level > 0) {
            name = ImportResolution.resolveName(this, name, PArguments.getGlobals(arguments), level);
        }
        return context.getImportSystem().importModule(this, name);
    }

    @TruffleBoundary
    private Object importFrom(PyjContext context, Object module, String name) {
        return context.getImportSystem().importFrom(this, module, name);
    }
}

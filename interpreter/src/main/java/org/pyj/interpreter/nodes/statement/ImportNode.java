package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;

/** {@code import name [as alias]}, through the context's import system ({@code imports/ImportSystem}). */
public final class ImportNode extends StatementNode {
    private final String moduleName;
    /** {@code import a.b.c} binds the top package {@code a}; {@code import a.b.c as x} binds {@code a.b.c}. */
    private final boolean bindTop;
    @Child private AssignTargetNode target;

    public ImportNode(String moduleName, boolean bindTop, AssignTargetNode target) {
        this.moduleName = moduleName;
        this.bindTop = bindTop;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        target.executeWrite(frame, doImport(PyjContext.get(this)));
    }

    @TruffleBoundary
    private Object doImport(PyjContext context) {
        Object module = context.getImportSystem().importModule(this, moduleName);
        int dot = moduleName.indexOf('.');
        if (dot < 0) {
            return module;
        }
        if (bindTop) {
            return context.getImportSystem().importModule(this, moduleName.substring(0, dot));
        }
        // import a.b.c as x: x is a.b.c reached through the attributes (IMPORT_FROM), as CPython does.
        return module;
    }

    /** Imports a module by absolute name (its parents first) and returns it. */
    @TruffleBoundary
    public static Object importModule(com.oracle.truffle.api.nodes.Node location, PyjContext context, String name) {
        return context.getImportSystem().importModule(location, name);
    }
}

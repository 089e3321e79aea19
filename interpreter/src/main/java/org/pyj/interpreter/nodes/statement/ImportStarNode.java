package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.NameTargetNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code from module import *} (CPython's import_all_from): the names in the module's
 * {@code __all__}, or else every name not starting with an underscore, bound in the module's
 * globals (or in the namespace, for code exec'd with separate locals).
 */
public final class ImportStarNode extends StatementNode {
    private final String moduleName;
    private final int level;
    private final boolean namespaceMode;

    public ImportStarNode(String moduleName, int level, boolean namespaceMode) {
        this.moduleName = moduleName;
        this.level = level;
        this.namespaceMode = namespaceMode;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        importAll(frame.getArguments());
    }

    @TruffleBoundary
    private void importAll(Object[] arguments) {
        String absolute = moduleName == null ? "" : moduleName;
        if (level > 0) {
            absolute = ImportResolution.resolveName(this, absolute, PArguments.getGlobals(arguments), level);
        }
        Object imported = ImportNode.importModule(this, PyjContext.get(this), absolute);
        if (!(imported instanceof PModule module)) {
            throw PythonErrors.typeError(this, "pyj imports * only from modules");
        }
        Object all = DynamicObjectLibrary.getUncached().getOrDefault(module, "__all__", null);
        Object[] names;
        boolean fromAll = all != null;
        if (fromAll) {
            names = Containers.toArray(this, all);
        } else {
            java.util.List<Object> public_ = new java.util.ArrayList<>();
            for (Object k : DynamicObjectLibrary.getUncached().getKeyArray(module)) {
                if (k instanceof String s && !s.startsWith("_")) {
                    public_.add(PyStr.fromJava(s));
                }
            }
            names = public_.toArray();
        }
        for (Object n : names) {
            if (!(n instanceof TruffleString s)) {
                throw PythonErrors.typeError(this, "%s in %s.%s must be str, not %s", fromAll ? "Item" : "Key", moduleName,
                        fromAll ? "__all__" : "__dict__", PythonTypeOf.typeName(n));
            }
            String name = PyStr.toJava(s);
            Object value = ObjectProtocol.getAttr(this, module, name);
            if (namespaceMode) {
                NameTargetNode.store(this, arguments[PArguments.USER_ARGUMENTS], name, value);
            } else {
                DynamicObjectLibrary.getUncached().put(PArguments.getGlobals(arguments), name, value);
            }
        }
    }
}

package org.pyj.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import org.pyj.interpreter.PyjLanguage;
import org.pyj.interpreter.builtins.PythonBuiltinNode;

/** The root of a builtin function's call target. Builtins do not appear in Python tracebacks. */
public final class BuiltinRootNode extends RootNode {
    @Child private PythonBuiltinNode body;
    private final String name;

    public BuiltinRootNode(PyjLanguage language, PythonBuiltinNode body, String name) {
        super(language);
        this.body = body;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return body.call(frame);
        } catch (OutOfMemoryError e) {
            // A size the heap cannot hold (bytes(10**12), (1).to_bytes(10**12)): CPython's MemoryError,
            // raised here so that the caller's try statement can catch it.
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
            throw org.pyj.interpreter.exceptions.PythonErrors.raise(this,
                    org.pyj.interpreter.runtime.BuiltinTypes.MEMORY_ERROR, "");
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "builtin " + name;
    }
}

package org.pyj.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.PyjLanguage;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.exceptions.ReturnException;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PNone;

/**
 * The root of Python code: a function body or a module body. It keeps CPython's recursion
 * limit (and turns a Java stack overflow into RecursionError) and catches {@code return}.
 */
public final class PythonRootNode extends RootNode {
    @Child private StatementNode body;
    private final String name;
    private final String qualname;
    private final SourceSection sourceSection;
    private final boolean isModule;
    /** CPython's co_varnames: parameters, then the other plain locals (not cells or free variables). */
    @CompilationFinal(dimensions = 1) private final String[] varnames;
    /**
     * A generator's (or coroutine's) body: runs on the generator's own frame (the second
     * argument is the generator), returning the yielded value or, when the body ends, the
     * return value.
     */
    @CompilationFinal private boolean generatorBody;

    /** CPython's co_flags for a function's code (0 for modules and class bodies). */
    private int codeFlags;

    public int getCodeFlags() {
        return codeFlags;
    }

    public void setCodeFlags(int codeFlags) {
        this.codeFlags = codeFlags;
    }

    /** A class body or code exec'd with locals: its names live in a namespace, the first argument. */
    @CompilationFinal private boolean namespaceBody;

    public PythonRootNode asNamespaceBody() {
        this.namespaceBody = true;
        return this;
    }

    public boolean isNamespaceBody() {
        return namespaceBody;
    }

    public boolean isGeneratorBody() {
        return generatorBody;
    }

    /** Makes this the root of a generator body; called once, when the root is created. */
    public PythonRootNode asGeneratorBody() {
        this.generatorBody = true;
        return this;
    }

    public PythonRootNode(PyjLanguage language, FrameDescriptor descriptor, StatementNode body, String name,
            String qualname, SourceSection sourceSection, boolean isModule, String[] varnames) {
        super(language, descriptor);
        this.varnames = varnames;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
        this.sourceSection = sourceSection;
        this.isModule = isModule;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyjContext context = PyjContext.get(this);
        if (++context.recursionDepth > context.recursionLimit) {
            context.recursionDepth--;
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        try {
            if (generatorBody) {
                return executeGenerator((org.pyj.interpreter.runtime.PGeneratorBase) frame.getArguments()[1]);
            }
            body.executeVoid(frame);
            return PNone.NONE;
        } catch (ReturnException e) {
            return e.getValue();
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinTypes.MEMORY_ERROR, "");
        } finally {
            context.recursionDepth--;
        }
    }

    private Object executeGenerator(org.pyj.interpreter.runtime.PGeneratorBase g) {
        try {
            body.executeVoid(g.getFrame());
            g.setFinished();
            return PNone.NONE;
        } catch (ReturnException e) {
            g.setFinished();
            return e.getValue();
        } catch (org.pyj.interpreter.nodes.generator.YieldException y) {
            return y.getValue();
        }
    }

    public String[] getVarnames() {
        return varnames;
    }

    /** The code object's name as tracebacks show it: the function name, or {@code <module>}. */
    @Override
    public String getName() {
        return name;
    }

    public String getQualifiedName() {
        return qualname;
    }

    public boolean isModule() {
        return isModule;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return qualname;
    }
}

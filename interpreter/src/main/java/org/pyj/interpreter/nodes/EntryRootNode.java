package org.pyj.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.PyjLanguage;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.TracebackPrinter;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PyStr;

/**
 * What {@code Context.eval} runs: the module code in {@code __main__}'s namespace. In main mode
 * (the launcher) it behaves as CPython's Py_RunMain: an uncaught exception is printed with its
 * traceback and the result is the process exit code, SystemExit included.
 */
public final class EntryRootNode extends RootNode {
    @Child private DirectCallNode module;
    private final boolean asMain;
    private final String fileName;
    private final PException syntaxError;

    public EntryRootNode(PyjLanguage language, RootCallTarget moduleCode, boolean asMain, String fileName,
            PException syntaxError) {
        super(language);
        this.module = moduleCode == null ? null : DirectCallNode.create(moduleCode);
        this.asMain = asMain;
        this.fileName = fileName;
        this.syntaxError = syntaxError;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyjContext context = PyjContext.get(this);
        PModule main = context.getMainModule();
        try {
            if (syntaxError != null) {
                throw syntaxError;
            }
            setFile(main);
            Object result = module.call(PArguments.create(main, null, 0));
            return asMain ? 0 : result;
        } catch (PException e) {
            if (!asMain) {
                throw e;
            }
            return handleUncaught(context, e);
        } finally {
            context.flushStandardStreams();
        }
    }

    @TruffleBoundary
    private void setFile(PModule main) {
        if (fileName != null) {
            PyjContext.put(main, "__file__", PyStr.fromJava(fileName));
        }
    }

    /** CPython's handle_system_exit and PyErr_Print: the exit code of an uncaught exception. */
    @TruffleBoundary
    private static int handleUncaught(PyjContext context, PException e) {
        context.getStdout().flush();
        PBaseException exc = e.getPythonException();
        if (exc.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
            Object code = exc.getExitCode();
            if (code == org.pyj.interpreter.runtime.PNone.NONE) {
                return 0;
            } else if (code instanceof Long || code instanceof Integer) {
                return (int) ((Number) code).longValue();
            } else if (code instanceof Boolean b) {
                return b ? 1 : 0;
            } else if (code instanceof org.pyj.interpreter.runtime.PInt) {
                // PyLong_AsLong overflows: CPython exits with -1, silently.
                return -1;
            }
            context.getStderr().println(org.pyj.interpreter.formatting.ReprFormatter.str(code));
            return 1;
        }
        TracebackPrinter.print(context.getStderr(), e);
        return 1;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return "<pyj entry>";
    }
}

package org.pyj.interpreter.lib;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.nodes.PythonRootNode;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PFrame;
import org.pyj.interpreter.runtime.PTraceback;

/**
 * {@code exc.__traceback__}, made when asked for from the Truffle stack trace of the exception's
 * last raise, cut to the frames CPython's traceback would hold (as the traceback printer cuts
 * it). The frames' variables are not kept: their f_locals and f_globals are empty.
 */
public final class Tracebacks {
    private Tracebacks() {
    }

    @TruffleBoundary
    public static PTraceback of(PBaseException exc) {
        if (!(exc.getCarrier() instanceof PException carrier)) {
            return null;
        }
        List<TruffleStackTraceElement> trace = TruffleStackTrace.getStackTrace(carrier);
        if (trace == null) {
            return null;
        }
        // Innermost first, as the stack trace lists them and as PFrame expects.
        List<PFrame.Entry> stack = new ArrayList<>();
        for (TruffleStackTraceElement element : trace) {
            if (!(element.getTarget().getRootNode() instanceof PythonRootNode root) || element.getLocation() == root) {
                continue;
            }
            stack.add(new PFrame.Entry(root, null, CallerFrames.lineOf(element.getLocation(), root)));
        }
        int depth = exc.getTracebackDepth();
        int keep = depth > 0 ? Math.min(depth, stack.size()) : stack.size();
        int skip = exc.isReraisedByExceptStar() ? 1 : 0;
        Object[] cached = exc.getTracebackCache();
        if (cached != null && cached[0] == carrier && (Integer) cached[1] == keep && (Integer) cached[2] == skip) {
            return (PTraceback) cached[3]; // the same object each time it is asked for, as CPython's
        }
        PTraceback tb = null;
        // Build from the innermost kept frame outward, so the head is the outermost.
        for (int i = skip; i < keep; i++) {
            tb = new PTraceback(new PFrame(stack, i), stack.get(i).line(), tb);
        }
        exc.setTracebackCache(new Object[]{carrier, keep, skip, tb});
        return tb;
    }
}

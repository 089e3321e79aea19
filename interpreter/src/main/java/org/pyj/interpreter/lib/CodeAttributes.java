package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.pyj.interpreter.nodes.PythonRootNode;
import org.pyj.interpreter.runtime.PCode;
import org.pyj.interpreter.runtime.PFrame;
import org.pyj.interpreter.runtime.PInstanceDict;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.Signature;

/** The attributes of code objects ({@code co_*}) and frame objects ({@code f_*}). */
final class CodeAttributes {
    private CodeAttributes() {
    }


    @TruffleBoundary
    static Object code(PCode c, String name) {
        PythonRootNode root = c.getRoot();
        Signature sig = c.getSignature();
        switch (name) {
            case "co_filename":
                return PyStr.fromJava(c.getFilename());
            case "co_name":
                return PyStr.fromJava(root == null ? "<module>" : root.getName());
            case "co_qualname":
                return PyStr.fromJava(root == null ? "<module>" : root.getQualifiedName());
            case "co_firstlineno":
                return (long) (root == null || root.getSourceSection() == null ? 1 : root.getSourceSection().getStartLine());
            case "co_argcount":
                return (long) (sig == null ? 0 : sig.getPositionalCount());
            case "co_posonlyargcount":
                return (long) (sig == null ? 0 : sig.getPosOnlyCount());
            case "co_kwonlyargcount":
                return (long) (sig == null ? 0 : sig.getKwOnlyCount());
            case "co_varnames": {
                String[] names = root == null ? new String[0] : root.getVarnames();
                Object[] items = new Object[names.length];
                for (int i = 0; i < names.length; i++) {
                    items[i] = PyStr.fromJava(names[i]);
                }
                return new PTuple(items);
            }
            case "co_nlocals":
                return (long) (root == null ? 0 : root.getVarnames().length);
            case "co_flags":
                return (long) (root == null ? 0 : root.getCodeFlags());
            default:
                return null;
        }
    }

    @TruffleBoundary
    /** A generator's line while it is not running: where it is suspended, or its first line before it starts. */
    private static int suspendedLine(org.pyj.interpreter.runtime.PGeneratorBase g, PFrame.Entry e) {
        com.oracle.truffle.api.nodes.Node at = g.isStarted() ? g.getSuspendedNode() : null;
        com.oracle.truffle.api.source.SourceSection s = at == null ? e.root().getSourceSection() : at.getEncapsulatingSourceSection();
        return s != null && s.isAvailable() ? s.getStartLine() : 0;
    }

    static Object frame(com.oracle.truffle.api.nodes.Node location, PFrame f, String name) {
        PFrame.Entry e = f.entry();
        switch (name) {
            case "f_back": {
                PFrame back = f.back();
                return back == null ? PNone.NONE : back;
            }
            case "f_code":
                return new PCode(e.root(), null);
            case "f_globals":
                if (e.frame() == null) {
                    return new org.pyj.interpreter.runtime.PDict(); // a traceback's frame: its variables are gone
                }
                return PInstanceDict.of(CallerFrames.globalsModule(new CallerFrames.Caller(e.root(), e.frame())));
            case "f_locals":
                return e.frame() == null ? new org.pyj.interpreter.runtime.PDict() : CallerFrames.locals(e);
            case "f_lineno":
                if (f.generator() != null && !f.generator().isRunning()) {
                    return (long) suspendedLine(f.generator(), e);
                }
                return (long) CallerFrames.currentLine(location, e);
            case "f_lasti":
                return -1L;
            case "f_trace":
                return PNone.NONE;
            case "f_builtins":
                return PInstanceDict.of(org.pyj.interpreter.PyjContext.get(null).getBuiltins());
            default:
                return null;
        }
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.nodes.PythonRootNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PCell;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PInstanceDict;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PyStr;

/**
 * The frame of the Python code that called a builtin, for the builtins that look at their
 * caller: {@code globals()}, {@code locals()}, {@code vars()}, {@code dir()}, and exec/eval
 * without explicit namespaces. Reading a frame this way materializes it (compiled callers
 * deoptimize), which is acceptable for these rarely hot builtins.
 */
public final class CallerFrames {
    private CallerFrames() {
    }

    /**
     * A function frame's locals() dict: CPython returns the same dict on every call in one
     * activation (refreshed from the variables); the activation's argument array identifies it, so names exec() put there stay visible.
     */
    private static final java.util.Map<Object[], PDict> LOCALS = new java.util.WeakHashMap<>();

    /** The calling Python code's root and frame (a generator's own frame for a generator body). */
    public record Caller(PythonRootNode root, Frame frame) {
    }

    @TruffleBoundary
    public static Caller caller() {
        return Truffle.getRuntime().iterateFrames(CallerFrames::pythonFrame);
    }

    /** A Python frame of the stack (a generator's own frame for a generator body), or null for another. */
    private static Caller pythonFrame(FrameInstance fi) {
        if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t && t.getRootNode() instanceof PythonRootNode root) {
            Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_WRITE);
            if (root.isGeneratorBody() && f.getArguments().length > 1 && f.getArguments()[1] instanceof PGeneratorBase g) {
                f = g.getFrame();
            }
            return new Caller(root, f);
        }
        return null;
    }

    /** The line {@code location} (a node of {@code root}) is on; the function's first line when unknown. */
    static int lineOf(com.oracle.truffle.api.nodes.Node location, PythonRootNode root) {
        com.oracle.truffle.api.source.SourceSection s = location == null ? null : location.getEncapsulatingSourceSection();
        return s != null && s.isAvailable() ? s.getStartLine()
                : root.getSourceSection() != null ? root.getSourceSection().getStartLine() : 0;
    }

    /** The Python frames of the stack, innermost (the builtin's caller) first, with their current lines. */
    @TruffleBoundary
    public static java.util.List<org.pyj.interpreter.runtime.PFrame.Entry> stack() {
        java.util.List<org.pyj.interpreter.runtime.PFrame.Entry> out = new java.util.ArrayList<>();
        Truffle.getRuntime().iterateFrames(fi -> {
            Caller c = pythonFrame(fi);
            if (c != null) {
                out.add(new org.pyj.interpreter.runtime.PFrame.Entry(c.root(), c.frame(), lineOf(fi.getCallNode(), c.root())));
            }
            return null;
        });
        return out;
    }

    /** f_lineno: the line a frame is executing now (where it was when it finished, once it has). */
    @TruffleBoundary
    public static int currentLine(com.oracle.truffle.api.nodes.Node location, org.pyj.interpreter.runtime.PFrame.Entry e) {
        if (e.frame() == null) {
            return e.line();
        }
        java.util.List<org.pyj.interpreter.runtime.PFrame.Entry> now = stack();
        Object[] args = e.frame().getArguments();
        if (!now.isEmpty() && now.get(0).frame().getArguments() == args && location != null) {
            // The frame running this attribute access: the line of the access itself.
            com.oracle.truffle.api.source.SourceSection s = location.getEncapsulatingSourceSection();
            if (s != null && s.isAvailable()) {
                return s.getStartLine();
            }
        }
        for (org.pyj.interpreter.runtime.PFrame.Entry x : now) {
            if (x.frame().getArguments() == args) {
                return x.line();
            }
        }
        return e.line();
    }

    /** f_locals of a frame object. */
    public static Object locals(org.pyj.interpreter.runtime.PFrame.Entry e) {
        return locals(new Caller(e.root(), e.frame()));
    }

    /** The caller's globals module. */
    public static PModule globalsModule(Caller c) {
        return PArguments.getGlobals(c.frame().getArguments());
    }

    /** {@code globals()}: a live dict over the module's names. */
    @TruffleBoundary
    public static PDict globals(Caller c) {
        return PInstanceDict.of(globalsModule(c));
    }

    /**
     * {@code locals()}: the globals at module level, the namespace in a class body or exec'd
     * code, else a new dict of the function's bound locals, cells and free variables.
     */
    @TruffleBoundary
    public static Object locals(Caller c) {
        PythonRootNode root = c.root();
        Frame frame = c.frame();
        if (root.isNamespaceBody()) {
            return frame.getArguments()[PArguments.USER_ARGUMENTS];
        }
        if (root.isModule()) {
            return globals(c);
        }
        PDict d;
        synchronized (LOCALS) {
            d = LOCALS.computeIfAbsent(frame.getArguments(), k -> new PDict());
        }
        FrameDescriptor fd = frame.getFrameDescriptor();
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            Object name = fd.getSlotName(i);
            if (!(name instanceof String n) || n.startsWith(".")) {
                continue;
            }
            Object v = frame.getValue(i);
            if (v instanceof PCell cell) {
                v = cell.get();
            }
            if (v != null) {
                d.setItem(PyStr.fromJava(n), v);
            } else {
                d.removeItem(PyStr.fromJava(n));
            }
        }
        return d;
    }

    private static final DynamicObjectLibrary OBJECTS = DynamicObjectLibrary.getUncached();

    /** Copies a dict's str keys into a module (the globals exec'd code runs with). */
    @TruffleBoundary
    public static void copyInto(PDict d, PModule m) {
        for (Object k : OBJECTS.getKeyArray(m)) {
            if (k instanceof String) {
                OBJECTS.removeKey(m, k);
            }
        }
        for (var e : d.entries()) {
            if (e.getKey().get() instanceof TruffleString s) {
                OBJECTS.put(m, PyStr.toJava(s), e.getValue());
            }
        }
    }

    /** Copies a module's names back into the dict it was made from. */
    @TruffleBoundary
    public static void copyBack(PModule m, PDict d) {
        java.util.Set<Object> present = new java.util.HashSet<>();
        for (Object k : OBJECTS.getKeyArray(m)) {
            if (k instanceof String name) {
                present.add(k);
                d.setItem(PyStr.fromJava(name), OBJECTS.getOrDefault(m, k, null));
            }
        }
        for (Object k : d.keysArray()) {
            if (k instanceof TruffleString s && !present.contains(PyStr.toJava(s))) {
                d.removeItem(k);
            }
        }
    }
}

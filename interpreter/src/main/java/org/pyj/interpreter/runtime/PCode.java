package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.source.Source;

import org.pyj.parser.ast.Mod;

/**
 * A code object made by {@code compile()} (or by exec/eval from source): the parsed module,
 * translated on first use for each of the two ways it can run (names in the globals, or in a
 * separate locals namespace).
 */
public final class PCode implements TruffleObject {
    private final Mod.Module module;
    private final Source source;
    private final String filename;
    private final String mode;
    private RootCallTarget globalsTarget;
    private RootCallTarget namespaceTarget;

    /** For a function's or frame's code: its root (names, lines) and, for a function, its signature. */
    private final org.pyj.interpreter.nodes.PythonRootNode root;
    private final Signature signature;

    public PCode(Mod.Module module, Source source, String filename, String mode) {
        this.module = module;
        this.source = source;
        this.filename = filename;
        this.mode = mode;
        this.root = null;
        this.signature = null;
    }

    /** The code of a function or of a running frame (not runnable by exec: no module). */
    public PCode(org.pyj.interpreter.nodes.PythonRootNode root, Signature signature) {
        this.module = null;
        this.root = root;
        this.signature = signature;
        com.oracle.truffle.api.source.SourceSection s = root.getSourceSection();
        this.source = s == null ? null : s.getSource();
        this.filename = s == null ? "<unknown>" : org.pyj.interpreter.exceptions.TracebackPrinter.fileName(s.getSource());
        this.mode = null;
    }

    public org.pyj.interpreter.nodes.PythonRootNode getRoot() {
        return root;
    }

    public Signature getSignature() {
        return signature;
    }

    public Mod.Module getModule() {
        return module;
    }

    public Source getSource() {
        return source;
    }

    public String getFilename() {
        return filename;
    }

    /** "exec", "eval" or "single". */
    public String getMode() {
        return mode;
    }

    public RootCallTarget getTarget(boolean namespaceMode) {
        return namespaceMode ? namespaceTarget : globalsTarget;
    }

    public void setTarget(boolean namespaceMode, RootCallTarget target) {
        if (namespaceMode) {
            namespaceTarget = target;
        } else {
            globalsTarget = target;
        }
    }
}

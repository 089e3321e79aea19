package org.pyj.interpreter.runtime;

import java.util.List;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.interop.TruffleObject;

import org.pyj.interpreter.nodes.PythonRootNode;

/**
 * A frame object ({@code sys._getframe()}): a snapshot of the Python call stack taken when it
 * was asked for, and the position of this frame in it. Locals are read from the (materialized)
 * Truffle frame when {@code f_locals} is asked for; {@code f_back} is the next entry.
 */
public final class PFrame implements TruffleObject {
    /** One Python frame of the stack: its code, its Truffle frame, the line it is executing. */
    public record Entry(PythonRootNode root, Frame frame, int line) {
    }

    private final List<Entry> stack;
    private final int index;
    /** The generator, coroutine or async generator whose frame this is (gi_frame), or null. */
    private final PGeneratorBase generator;

    public PFrame(List<Entry> stack, int index) {
        this(stack, index, null);
    }

    public PFrame(List<Entry> stack, int index, PGeneratorBase generator) {
        this.stack = stack;
        this.index = index;
        this.generator = generator;
    }

    public PGeneratorBase generator() {
        return generator;
    }

    public Entry entry() {
        return stack.get(index);
    }

    /** The caller's frame object, or null for the outermost. */
    public PFrame back() {
        return index + 1 < stack.size() ? new PFrame(stack, index + 1) : null;
    }
}

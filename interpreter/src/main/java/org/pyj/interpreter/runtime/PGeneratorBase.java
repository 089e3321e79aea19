package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.interop.TruffleObject;

import org.pyj.interpreter.exceptions.PException;

/**
 * What generators, coroutines and async generators share (CPython's PyGenObject): the
 * function's frame (materialized when the function was called) and the call target of its
 * body, which each resumption re-enters. The body's suspension points (yield, yield from,
 * await) are numbered in source order; the one the body is suspended at is recorded here, and
 * while resuming the body's nodes follow the way down to it (see nodes/generator).
 */
public abstract class PGeneratorBase implements TruffleObject {
    /** The three kinds, with the name CPython's messages use for each. */
    public enum Kind {
        GENERATOR("generator"),
        COROUTINE("coroutine"),
        ASYNC_GENERATOR("async generator");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    private final MaterializedFrame frame;
    private final RootCallTarget body;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** Set for the duration of a resumption, until the suspended point takes the sent value. */
    private boolean resuming;
    /** The suspension point (its number in the body) the body is suspended at. */
    private int suspendedAt;
    private Object sentValue;
    private PException thrown;
    /** The iterator a suspended {@code yield from} or {@code await} delegates to. */
    private Object delegate;
    /** The node of the suspension point the body is suspended at: its line is the frame's f_lineno. */
    private com.oracle.truffle.api.nodes.Node suspendedNode;
    /** {@code gi_frame}, made when first asked for. */
    private PFrame frameObject;

    protected PGeneratorBase(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    public abstract Kind kind();

    public final MaterializedFrame getFrame() {
        return frame;
    }

    public final RootCallTarget getBody() {
        return body;
    }

    public final String getName() {
        return name;
    }

    public final String getQualname() {
        return qualname;
    }

    public final boolean isStarted() {
        return started;
    }

    public final void setStarted() {
        started = true;
    }

    public final boolean isFinished() {
        return finished;
    }

    public final void setFinished() {
        finished = true;
        delegate = null;
    }

    public final boolean isRunning() {
        return running;
    }

    public final void setRunning(boolean running) {
        this.running = running;
    }

    /** Started, not finished and not running: CPython's gi_suspended. */
    public final boolean isSuspended() {
        return started && !finished && !running;
    }

    public final boolean isResuming() {
        return resuming;
    }

    public final int getSuspendedAt() {
        return suspendedAt;
    }

    /** Called by a suspension point as it suspends the body. */
    public final void setSuspendedAt(int point, com.oracle.truffle.api.nodes.Node node) {
        suspendedAt = point;
        suspendedNode = node;
    }

    public final com.oracle.truffle.api.nodes.Node getSuspendedNode() {
        return suspendedNode;
    }

    /** gi_frame / cr_frame / ag_frame: the same frame object for the generator's whole life. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public final PFrame getFrameObject() {
        if (frameObject == null) {
            org.pyj.interpreter.nodes.PythonRootNode root = (org.pyj.interpreter.nodes.PythonRootNode) body.getRootNode();
            frameObject = new PFrame(java.util.List.of(new PFrame.Entry(root, frame, 0)), 0, this);
        }
        return frameObject;
    }

    /** Prepares a resumption: the suspended point will get {@code value}, or raise {@code exception}. */
    public final void resume(Object value, PException exception) {
        resuming = started;
        sentValue = value;
        thrown = exception;
    }

    /** Called by the point that was suspended (when nothing was thrown): ends the resumption, hands over the value. */
    public final Object takeSent() {
        resuming = false;
        Object v = sentValue;
        sentValue = null;
        return v;
    }

    /** What {@code throw()} sent in, to raise at the suspended point or pass to its delegate; ends the resumption. */
    public final PException takeThrown() {
        PException t = thrown;
        thrown = null;
        resuming = false;
        return t;
    }

    public final boolean hasThrown() {
        return thrown != null;
    }

    public final Object getDelegate() {
        return delegate;
    }

    public final void setDelegate(Object delegate) {
        this.delegate = delegate;
    }
}

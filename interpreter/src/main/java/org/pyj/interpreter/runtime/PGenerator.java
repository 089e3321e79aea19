package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.interop.TruffleObject;

import org.pyj.interpreter.exceptions.PException;

/**
 * A generator: the generator function's frame (materialized when the function was called) and
 * the call target of its body, which each {@code send} re-enters. While resuming, the body's
 * statements skip to where the last {@code yield} suspended it (see nodes/generator).
 */
public final class PGenerator implements TruffleObject {
    private final MaterializedFrame frame;
    private final RootCallTarget body;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** Set for the duration of a resumption, until the suspended yield takes the sent value. */
    private boolean resuming;
    private Object sentValue;
    private PException thrown;
    /** The iterator a suspended {@code yield from} delegates to. */
    private Object delegate;

    public PGenerator(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getBody() {
        return body;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public void setStarted() {
        started = true;
    }

    public boolean isFinished() {
        return finished;
    }

    public void setFinished() {
        finished = true;
        delegate = null;
    }

    public boolean isRunning() {
        return running;
    }

    public void setRunning(boolean running) {
        this.running = running;
    }

    public boolean isResuming() {
        return resuming;
    }

    /** Prepares a resumption: the suspended yield will return {@code value}, or raise {@code exception}. */
    public void resume(Object value, PException exception) {
        resuming = started;
        sentValue = value;
        thrown = exception;
    }

    /** Called by the yield that was suspended: ends the resumption and hands over what was sent. */
    public Object takeSent() {
        resuming = false;
        PException t = thrown;
        if (t != null) {
            thrown = null;
            sentValue = null;
            throw t;
        }
        Object v = sentValue;
        sentValue = null;
        return v;
    }

    /** What {@code throw()} sent in, for a {@code yield from} to pass to its delegate; clears it. */
    public PException takeThrown() {
        PException t = thrown;
        thrown = null;
        resuming = false;
        return t;
    }

    public Object peekSent() {
        return sentValue;
    }

    public boolean hasThrown() {
        return thrown != null;
    }

    public Object getDelegate() {
        return delegate;
    }

    public void setDelegate(Object delegate) {
        this.delegate = delegate;
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * An async generator: what calling an {@code async def} with {@code yield} in it returns. Its
 * body's own yields hand out a {@link WrappedValue}, which tells them apart from what the
 * awaits inside pass through to the event loop (see lib/AsyncGenerators).
 */
public final class PAsyncGenerator extends PGeneratorBase {
    /** An {@code asend}/{@code athrow} is being awaited (CPython's ag_running_async). */
    private boolean runningAsync;
    /** {@code aclose()} ran, or the body ended with StopAsyncIteration or GeneratorExit. */
    private boolean closed;

    public PAsyncGenerator(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        super(frame, body, name, qualname);
    }

    @Override
    public Kind kind() {
        return Kind.ASYNC_GENERATOR;
    }

    public boolean isRunningAsync() {
        return runningAsync;
    }

    public void setRunningAsync(boolean runningAsync) {
        this.runningAsync = runningAsync;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed() {
        closed = true;
    }

    /** A value the body yielded itself (not one an await inside passes through); never a Python value. */
    public record WrappedValue(Object value) {
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A coroutine: what calling an {@code async def} function (without {@code yield}) returns.
 * It is not an iterator; {@code await} drives it directly, {@code __await__} wraps it in a
 * {@link PCoroutineWrapper}.
 */
public final class PCoroutine extends PGeneratorBase {
    public PCoroutine(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        super(frame, body, name, qualname);
    }

    @Override
    public Kind kind() {
        return Kind.COROUTINE;
    }
}

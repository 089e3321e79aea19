package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/** A generator: what calling a function with {@code yield} in it returns. */
public final class PGenerator extends PGeneratorBase {
    public PGenerator(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        super(frame, body, name, qualname);
    }

    @Override
    public Kind kind() {
        return Kind.GENERATOR;
    }
}

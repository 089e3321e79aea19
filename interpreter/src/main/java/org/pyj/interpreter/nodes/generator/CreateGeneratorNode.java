package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PAsyncGenerator;
import org.pyj.interpreter.runtime.PCoroutine;
import org.pyj.interpreter.runtime.PGenerator;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * What calling a generator function, an {@code async def} or an async generator function does
 * after binding its arguments: keeps the frame (now materialized) in a new generator, coroutine
 * or async generator object, whose body runs when it is resumed.
 */
public final class CreateGeneratorNode extends ExpressionNode {
    private final RootCallTarget body;
    private final int generatorSlot;
    private final String name;
    private final String qualname;
    private final PGeneratorBase.Kind kind;

    public CreateGeneratorNode(RootCallTarget body, int generatorSlot, String name, String qualname, PGeneratorBase.Kind kind) {
        this.body = body;
        this.generatorSlot = generatorSlot;
        this.name = name;
        this.qualname = qualname;
        this.kind = kind;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        MaterializedFrame materialized = frame.materialize();
        PGeneratorBase g = switch (kind) {
            case GENERATOR -> new PGenerator(materialized, body, name, qualname);
            case COROUTINE -> new PCoroutine(materialized, body, name, qualname);
            case ASYNC_GENERATOR -> new PAsyncGenerator(materialized, body, name, qualname);
        };
        materialized.setObject(generatorSlot, g);
        return g;
    }
}

package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.runtime.PGenerator;

/**
 * What calling a generator function does after binding its arguments: keeps the frame (now
 * materialized) in a new generator object, whose body runs on later {@code next()} calls.
 */
public final class CreateGeneratorNode extends ExpressionNode {
    private final RootCallTarget body;
    private final int generatorSlot;
    private final String name;
    private final String qualname;

    public CreateGeneratorNode(RootCallTarget body, int generatorSlot, String name, String qualname) {
        this.body = body;
        this.generatorSlot = generatorSlot;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        MaterializedFrame materialized = frame.materialize();
        PGenerator g = new PGenerator(materialized, body, name, qualname);
        materialized.setObject(generatorSlot, g);
        return g;
    }
}

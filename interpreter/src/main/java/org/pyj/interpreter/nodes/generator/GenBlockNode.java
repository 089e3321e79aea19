package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.StatementNode;

/** A suite in a generator that contains a yield: remembers which statement runs, to resume there. */
public final class GenBlockNode extends StatementNode {
    @Children private final StatementNode[] statements;
    private final int generatorSlot;
    private final int stateSlot;

    public GenBlockNode(StatementNode[] statements, int generatorSlot, int stateSlot) {
        this.statements = statements;
        this.generatorSlot = generatorSlot;
        this.stateSlot = stateSlot;
    }

    @Override
    @com.oracle.truffle.api.nodes.ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int start = GeneratorNodes.isResuming(frame, generatorSlot) ? GeneratorNodes.getState(frame, stateSlot) : 0;
        // Exploded over the statements (a compilation constant); the resumption point only skips.
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            GeneratorNodes.setState(frame, stateSlot, i);
            statements[i].executeVoid(frame);
        }
    }
}

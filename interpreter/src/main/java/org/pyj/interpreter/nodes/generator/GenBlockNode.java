package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.PGeneratorBase;

/** A suite in a generator that contains a suspension point: a resumption skips the statements before it. */
public final class GenBlockNode extends StatementNode {
    @Children private final StatementNode[] statements;
    /** Where each statement's suspension points end (exclusive). */
    @CompilationFinal(dimensions = 1) private final int[] ends;
    private final int generatorSlot;

    public GenBlockNode(StatementNode[] statements, int[] ends, int generatorSlot) {
        this.statements = statements;
        this.ends = ends;
        this.generatorSlot = generatorSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        boolean skipping = g.isResuming();
        int at = skipping ? g.getSuspendedAt() : 0;
        // Exploded over the statements (a compilation constant); the resumption point only skips.
        for (int i = 0; i < statements.length; i++) {
            if (skipping) {
                if (at >= ends[i]) {
                    continue;
                }
                skipping = false;
            }
            statements[i].executeVoid(frame);
        }
    }
}

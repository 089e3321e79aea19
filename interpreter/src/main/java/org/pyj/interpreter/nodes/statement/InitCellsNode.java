package org.pyj.interpreter.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PCell;
import org.pyj.interpreter.runtime.PFunction;

/**
 * A function's entry into its cells: a fresh cell for each of its cell variables (holding the
 * argument for a parameter that is one) and the closure's cells for its free variables.
 */
public final class InitCellsNode extends StatementNode {
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    /** For each cell slot, the parameter index it starts from, or -1. */
    @CompilationFinal(dimensions = 1) private final int[] cellParameters;
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;

    public InitCellsNode(int[] cellSlots, int[] cellParameters, int[] freeSlots) {
        this.cellSlots = cellSlots;
        this.cellParameters = cellParameters;
        this.freeSlots = freeSlots;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < cellSlots.length; i++) {
            int p = cellParameters[i];
            frame.setObject(cellSlots[i], new PCell(p < 0 ? null : args[PArguments.USER_ARGUMENTS + p]));
        }
        if (freeSlots.length > 0) {
            PCell[] closure = ((PFunction) args[PArguments.CALLEE]).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }
}

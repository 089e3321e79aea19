package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.match.MatchNode;
import org.pyj.interpreter.runtime.PGeneratorBase;

/**
 * A {@code match} in a generator with a suspension point inside (in the subject, a guard or a
 * case's body). The subject is kept in a frame slot: a resumption in a guard goes on with the
 * following cases if the guard fails, one in a body goes straight back into it.
 */
public final class GenMatchNode extends StatementNode {
    @Child private ExpressionNode subject;
    @Children private final MatchNode.Case[] cases;
    private final int generatorSlot;
    private final int subjectSlot;
    /** Where the subject's suspension points end. */
    private final int subjectEnd;
    /** Where each case's guard's and each case's suspension points end. */
    @CompilationFinal(dimensions = 1) private final int[] guardEnds;
    @CompilationFinal(dimensions = 1) private final int[] caseEnds;

    public GenMatchNode(ExpressionNode subject, MatchNode.Case[] cases, int generatorSlot, int subjectSlot, int subjectEnd,
            int[] guardEnds, int[] caseEnds) {
        this.subject = subject;
        this.cases = cases;
        this.generatorSlot = generatorSlot;
        this.subjectSlot = subjectSlot;
        this.subjectEnd = subjectEnd;
        this.guardEnds = guardEnds;
        this.caseEnds = caseEnds;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        PGeneratorBase g = GeneratorNodes.generator(frame, generatorSlot);
        int first = 0;
        Object s;
        if (g.isResuming() && g.getSuspendedAt() >= subjectEnd) {
            int at = g.getSuspendedAt();
            s = frame.getObject(subjectSlot);
            for (int i = 0; i < cases.length; i++) {
                if (at < caseEnds[i]) {
                    if (at >= guardEnds[i]) {
                        cases[i].runBody(frame);
                        return;
                    }
                    if (cases[i].guardThenBody(frame)) {
                        return;
                    }
                    first = i + 1;
                    break;
                }
            }
        } else {
            s = subject.execute(frame);
            frame.setObject(subjectSlot, s);
        }
        for (int i = 0; i < cases.length; i++) {
            if (i >= first && cases[i].tryRun(frame, s)) {
                return;
            }
        }
    }
}

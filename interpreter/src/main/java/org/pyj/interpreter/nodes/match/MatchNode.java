package org.pyj.interpreter.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.pyj.interpreter.lib.PyObjectIsTrueNode;
import org.pyj.interpreter.lib.PyObjectIsTrueNodeGen;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.StatementNode;
import org.pyj.interpreter.nodes.variables.AssignTargetNode;

/** {@code match subject:} with its cases, tried in order; the first that matches (and whose guard holds) runs. */
public final class MatchNode extends StatementNode {
    @Child private ExpressionNode subject;
    @Children private final Case[] cases;

    public MatchNode(ExpressionNode subject, Case[] cases) {
        this.subject = subject;
        this.cases = cases;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object s = subject.execute(frame);
        for (Case c : cases) {
            if (c.tryRun(frame, s)) {
                return;
            }
        }
    }

    /** {@code case pattern if guard: body}: captures are stored once the whole pattern matched, before the guard. */
    public static final class Case extends PyjNode {
        @Child private PatternNode pattern;
        @Children private final AssignTargetNode[] captures;
        @Child private ExpressionNode guard;
        @Child private StatementNode body;
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNodeGen.create();

        public Case(PatternNode pattern, AssignTargetNode[] captures, ExpressionNode guard, StatementNode body) {
            this.pattern = pattern;
            this.captures = captures;
            this.guard = guard;
            this.body = body;
        }

        @ExplodeLoop
        public boolean tryRun(VirtualFrame frame, Object subject) {
            Object[] bindings = new Object[captures.length];
            if (!pattern.match(frame, subject, bindings)) {
                return false;
            }
            for (int i = 0; i < captures.length; i++) {
                captures[i].executeWrite(frame, bindings[i]);
            }
            return guardThenBody(frame);
        }

        /** The guard (if any), then the body if it holds; a generator resumes a suspended guard here. */
        public boolean guardThenBody(VirtualFrame frame) {
            if (guard != null && !isTrue.execute(guard.execute(frame))) {
                return false;
            }
            body.executeVoid(frame);
            return true;
        }

        public void runBody(VirtualFrame frame) {
            body.executeVoid(frame);
        }
    }
}

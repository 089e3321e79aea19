package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.lib.Generators;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;

/**
 * Resumes a generator or coroutine with a sent value (Generators.resume without throw) through
 * an inline cache of direct calls keyed by its body, so that Graal can inline the body where a
 * loop takes a generator's items or an {@code await} drives a coroutine. The unusual cases
 * (not startable, running, finished) go to the uncached path, which raises CPython's errors.
 */
public abstract class ResumeGeneratorNode extends PyjNode {
    /** The value the body handed out; it ended if {@code g.isFinished()} (then its return value). */
    public abstract Object execute(PGeneratorBase g, Object value);

    @Specialization(guards = "g.getBody() == cachedBody", limit = "3")
    Object direct(PGeneratorBase g, Object value,
            @Cached("g.getBody()") RootCallTarget cachedBody,
            @Cached("create(cachedBody)") DirectCallNode call) {
        if (g.isRunning() || g.isFinished() || !g.isStarted() && value != PNone.NONE) {
            return Generators.resume(this, g, value, null, false);
        }
        g.resume(value, null);
        g.setStarted();
        g.setRunning(true);
        try {
            return call.call(null, g);
        } catch (PException e) {
            g.setFinished();
            throw Generators.escaped(this, g, e);
        } finally {
            g.setRunning(false);
        }
    }

    @Specialization(replaces = "direct")
    Object uncached(PGeneratorBase g, Object value) {
        return Generators.resume(this, g, value, null, false);
    }
}

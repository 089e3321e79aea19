package org.pyj.interpreter.nodes.generator;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PGeneratorBase;
import org.pyj.interpreter.runtime.PNone;

/**
 * The delegation of one suspension point ({@code await}, {@code yield from}, the implicit awaits
 * of async for/with): each step sends into the delegate and either ends with its result or
 * suspends the body, handing out what the delegate handed out. A generator or coroutine
 * delegate is resumed through a direct call (the common {@code await coro()}); other
 * delegates, and exceptions thrown in, take the generic path of GeneratorNodes.
 */
public final class DelegateNode extends PyjNode {
    @Child private ResumeGeneratorNode resume = ResumeGeneratorNodeGen.create();
    /** The suspension point's number. */
    private final int point;

    public DelegateNode(int point) {
        this.point = point;
    }

    public int getPoint() {
        return point;
    }

    /** Whether {@code g} is being resumed at this point. */
    public boolean isResumedHere(PGeneratorBase g) {
        return g.isResuming() && g.getSuspendedAt() == point;
    }

    /** The first step: the delegate's first value (or its result, when it ends at once). */
    public Object start(PGeneratorBase g, Object delegate) {
        return step(g, delegate, PNone.NONE);
    }

    /** The step of a resumption at this point: passes what was sent or thrown on. */
    public Object resume(PGeneratorBase g) {
        if (g.hasThrown()) {
            return GeneratorNodes.resumeDelegation(this, g, point);
        }
        return step(g, g.getDelegate(), g.takeSent());
    }

    private Object step(PGeneratorBase g, Object delegate, Object sent) {
        if (delegate instanceof PGeneratorBase d) {
            Object v;
            try {
                v = resume.execute(d, sent);
            } catch (PException e) {
                g.setDelegate(null);
                throw e;
            }
            if (d.isFinished()) {
                g.setDelegate(null);
                return v;
            }
            g.setDelegate(d);
            g.setSuspendedAt(point, this);
            throw new YieldException(v);
        }
        return GeneratorNodes.delegate(this, g, delegate, sent, null, point);
    }
}

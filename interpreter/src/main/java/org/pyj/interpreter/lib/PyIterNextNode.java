package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code next(it)} (PyIter_Next): the next item, or {@link #STOP} when exhausted (no exception raised). */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyIterNextNode extends PyjNode {
    static final String NEXT_METHOD = "__next__";

    /** Returned at the end of iteration; never a Python value. */
    public static final Object STOP = new Object();

    public abstract Object execute(Object iterator);

    @Specialization
    static Object range(PIterator.RangeIterator it) {
        if (!it.hasNext()) {
            return STOP;
        }
        return it.nextLong();
    }

    @Specialization
    static Object bigRange(PIterator.BigRangeIterator it) {
        Object v = it.nextOrNull();
        return v == null ? STOP : v;
    }

    @Specialization
    static Object list(PIterator.ListIterator it) {
        Object v = it.next();
        return v == null ? STOP : v;
    }

    @Specialization(guards = "isTuple(it)")
    static Object tuple(PIterator.SequenceIterator it) {
        PTuple t = (PTuple) it.getSequence();
        int i = it.getAndIncrement();
        return i < t.size() ? t.get(i) : STOP;
    }

    @Specialization(guards = "!isTuple(it)")
    static Object string(PIterator.SequenceIterator it,
            @Cached TruffleString.CodePointLengthNode length,
            @Cached TruffleString.SubstringNode substring) {
        TruffleString s = (TruffleString) it.getSequence();
        int i = it.getAndIncrement();
        if (i >= length.execute(s, PyStr.ENCODING)) {
            return STOP;
        }
        return substring.execute(s, i, 1, PyStr.ENCODING, true);
    }

    static boolean isTuple(PIterator.SequenceIterator it) {
        return it.getSequence() instanceof PTuple;
    }

    /** A generator's body is called directly, so a hot loop over a generator can inline it. */
    @Specialization
    static Object generator(org.pyj.interpreter.runtime.PGenerator g,
            @Cached org.pyj.interpreter.nodes.generator.ResumeGeneratorNode resume) {
        if (g.isFinished()) {
            return STOP;
        }
        Object v = resume.execute(g, org.pyj.interpreter.runtime.PNone.NONE);
        return g.isFinished() ? STOP : v;
    }

    /** {@code next(it)} of an instance: its class's {@code __next__}, cached per class; StopIteration ends. */
    @Specialization(guards = "isPlainInstance(it)")
    Object plainInstance(org.pyj.interpreter.runtime.PythonObject it,
            @Cached("create(NEXT_METHOD)") CallSpecialMethodNode next) {
        Object r;
        try {
            r = next.execute(it, CallSpecialMethodNode.NO_ARGS);
        } catch (org.pyj.interpreter.exceptions.PException e) {
            if (e.getPythonException().getType().isSubtypeOf(org.pyj.interpreter.runtime.BuiltinTypes.STOP_ITERATION)) {
                return STOP;
            }
            throw e;
        }
        if (r == CallSpecialMethodNode.NOT_HANDLED) {
            Object v = Containers.next(this, it);
            return v == null ? STOP : v;
        }
        return r;
    }

    @Fallback
    Object generic(Object value) {
        Object v = Containers.next(this, value);
        return v == null ? STOP : v;
    }
}

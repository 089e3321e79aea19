package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PBigRange;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** {@code iter(x)} (PyObject_GetIter) for the builtin iterables. */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyObjectGetIterNode extends PyjNode {
    static final String ITER_METHOD = "__iter__";

    public abstract Object execute(Object iterable);

    @Specialization
    static Object range(PRange range) {
        return new PIterator.RangeIterator(range);
    }

    @Specialization
    static Object bigRange(PBigRange range) {
        return new PIterator.BigRangeIterator(range);
    }

    @Specialization(guards = "isExactList(list)")
    static Object list(org.pyj.interpreter.runtime.PList list) {
        return new PIterator.ListIterator(list);
    }

    static boolean isExactList(org.pyj.interpreter.runtime.PList list) {
        return list.getPythonType() == org.pyj.interpreter.runtime.BuiltinTypes.LIST;
    }

    @Specialization
    static Object tuple(PTuple tuple) {
        return new PIterator.SequenceIterator(tuple);
    }

    @Specialization
    static Object string(TruffleString string) {
        return new PIterator.SequenceIterator(string);
    }

    @Specialization
    static Object iterator(PIterator iterator) {
        return iterator;
    }

    /** {@code iter(obj)} of an instance: its class's {@code __iter__}, cached per class. */
    @Specialization(guards = "isPlainInstance(value)")
    Object plainInstance(org.pyj.interpreter.runtime.PythonObject value,
            @com.oracle.truffle.api.dsl.Cached("create(ITER_METHOD)") CallSpecialMethodNode iter) {
        Object it = iter.execute(value, CallSpecialMethodNode.NO_ARGS);
        if (it == CallSpecialMethodNode.NOT_HANDLED) {
            return Containers.getIter(this, value);
        }
        if (!(it instanceof PIterator || it instanceof org.pyj.interpreter.runtime.PGenerator) && !Containers.isIterator(it)) {
            throw org.pyj.interpreter.exceptions.PythonErrors.typeError(this, "iter() returned non-iterator of type '%s'",
                    org.pyj.interpreter.runtime.PythonTypeOf.typeName(it));
        }
        return it;
    }

    @Fallback
    Object generic(Object value) {
        return Containers.getIter(this, value);
    }
}

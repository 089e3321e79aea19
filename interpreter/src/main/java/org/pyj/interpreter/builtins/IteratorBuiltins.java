package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.Signature;

/** {@code iter(object)} and {@code next(iterator[, default])}. */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    /** {@code __iter__} (self) and {@code __next__} of the builtin iterator types. */
    /** {@code __iter__} (itself) and {@code __next__} of an iterator type whose objects Containers.next steps. */
    public static List<BuiltinSpec> iteratorMethods(org.pyj.interpreter.runtime.PyType t) {
        return List.of(
                JavaBuiltin.method(t, "__iter__", "self", (loc, a) -> a[0]),
                JavaBuiltin.method(t, "__next__", "self", (loc, a) -> {
                    Object v = org.pyj.interpreter.lib.Containers.next(loc, a[0]);
                    if (v == null) {
                        throw PythonErrors.raiseWithArgs(loc, BuiltinTypes.STOP_ITERATION);
                    }
                    return v;
                }));
    }

    public static void installIteratorMethods(org.pyj.interpreter.PyjContext context) {
        org.pyj.interpreter.runtime.PyType[] types = {BuiltinTypes.RANGE_ITERATOR, BuiltinTypes.TUPLE_ITERATOR,
            BuiltinTypes.STR_ITERATOR, BuiltinTypes.LIST_ITERATOR, BuiltinTypes.SET_ITERATOR, BuiltinTypes.ITERATOR,
            BuiltinTypes.CALLABLE_ITERATOR, BuiltinTypes.DICT_KEY_ITERATOR, BuiltinTypes.DICT_VALUE_ITERATOR,
            BuiltinTypes.DICT_ITEM_ITERATOR, BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER,
            BuiltinTypes.REVERSED, BuiltinTypes.LIST_REVERSE_ITERATOR, BuiltinTypes.BYTES_ITERATOR,
            BuiltinTypes.BYTEARRAY_ITERATOR};
        for (org.pyj.interpreter.runtime.PyType t : types) {
            context.defineMethods(t, iteratorMethods(t));
        }
        // Only the iterators that know how many items are left have __length_hint__.
        for (org.pyj.interpreter.runtime.PyType t : new org.pyj.interpreter.runtime.PyType[]{BuiltinTypes.RANGE_ITERATOR,
            BuiltinTypes.TUPLE_ITERATOR, BuiltinTypes.STR_ITERATOR, BuiltinTypes.LIST_ITERATOR, BuiltinTypes.SET_ITERATOR,
            BuiltinTypes.DICT_KEY_ITERATOR, BuiltinTypes.DICT_VALUE_ITERATOR, BuiltinTypes.DICT_ITEM_ITERATOR}) {
            context.defineMethods(t, List.of(JavaBuiltin.method(t, "__length_hint__", "self", (loc, a) -> lengthHint(a[0]))));
        }
    }

    /** An iterator's __length_hint__: how many items are left, when it knows (else NotImplemented). */
    private static Object lengthHint(Object it) {
        if (it instanceof org.pyj.interpreter.runtime.PIterator.ListIterator l) {
            return (long) l.remaining();
        } else if (it instanceof org.pyj.interpreter.runtime.PIterator.RangeIterator r) {
            return r.remaining();
        } else if (it instanceof org.pyj.interpreter.runtime.PIterator.SequenceIterator s) {
            int size = s.getSequence() instanceof org.pyj.interpreter.runtime.PTuple t ? t.size()
                    : org.pyj.interpreter.runtime.PyStr.length((com.oracle.truffle.api.strings.TruffleString) s.getSequence());
            return (long) Math.max(0, size - s.getIndex());
        } else if (it instanceof org.pyj.interpreter.runtime.PIterator.JavaIterator j && j.remaining() >= 0) {
            return (long) j.remaining();
        }
        return org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED;
    }

    static List<BuiltinSpec> specs() {
        return List.of(
                new BuiltinSpec("iter", new Signature("iter", new String[]{"object", "sentinel"}, 2, 2, 0, false, false),
                        new Object[]{PMissing.INSTANCE}, null, IterNode::new),
                new BuiltinSpec("next", new Signature("next", new String[]{"iterator", "default"}, 2, 2, 0, false, false),
                        new Object[]{PMissing.INSTANCE}, null, NextNode::new));
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static boolean isCallable(Object o) {
        return o instanceof org.pyj.interpreter.runtime.PythonCallable || o instanceof org.pyj.interpreter.runtime.PyType
                || o instanceof org.pyj.interpreter.runtime.PMethod
                || org.pyj.interpreter.lib.ObjectProtocol.lookupSpecial(o, "__call__") != null;
    }

    static final class IterNode extends PythonBuiltinNode {
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            if (arg(frame, 1) != PMissing.INSTANCE) {
                Object callable = arg(frame, 0);
                if (!isCallable(callable)) {
                    throw PythonErrors.typeError(this, "iter(v, w): v must be callable");
                }
                return new org.pyj.interpreter.runtime.PIterator.CallableIterator(callable, arg(frame, 1));
            }
            return getIter.execute(arg(frame, 0));
        }
    }

    /** Raises StopIteration (without arguments, as CPython) at the end unless a default is given. */
    static final class NextNode extends PythonBuiltinNode {
        @Child private PyIterNextNode next = PyIterNextNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            Object it = arg(frame, 0);
            if (it instanceof org.pyj.interpreter.runtime.PGenerator || org.pyj.interpreter.lib.ObjectProtocol.isUserObject(it)
                    || org.pyj.interpreter.lib.Awaitables.isBuiltinAwaitableIterator(it)) {
                return nextWithValue(it, arg(frame, 1));
            }
            Object item = next.execute(it);
            if (item != PyIterNextNode.STOP) {
                return item;
            }
            Object fallback = arg(frame, 1);
            if (fallback != PMissing.INSTANCE) {
                return fallback;
            }
            throw PythonErrors.raiseWithArgs(this, BuiltinTypes.STOP_ITERATION);
        }

        /** Generators and classes: their StopIteration (and its value) propagates unless a default is given. */
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private Object nextWithValue(Object it, Object fallback) {
            try {
                if (it instanceof org.pyj.interpreter.runtime.PGenerator g) {
                    return org.pyj.interpreter.lib.Generators.send(this, g, org.pyj.interpreter.runtime.PNone.NONE);
                }
                Object m = org.pyj.interpreter.lib.ObjectProtocol.lookupSpecial(it, "__next__");
                if (m == null) {
                    throw PythonErrors.typeError(this, "'%s' object is not an iterator",
                            org.pyj.interpreter.runtime.PythonTypeOf.typeName(it));
                }
                return org.pyj.interpreter.lib.ObjectProtocol.callSpecial(this, m, it);
            } catch (org.pyj.interpreter.exceptions.PException e) {
                if (fallback != PMissing.INSTANCE && e.getPythonException().getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                    return fallback;
                }
                throw e;
            }
        }
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** The iterators of builtin sequences: range, tuple and str. */
public abstract sealed class PIterator implements TruffleObject permits PIterator.RangeIterator, PIterator.BigRangeIterator, PIterator.SequenceIterator,
        PIterator.ListIterator, PIterator.JavaIterator, PIterator.CallableIterator {

    public static final class RangeIterator extends PIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(PRange r) {
            this.next = r.getStart();
            this.step = r.getStep();
            this.remaining = r.length();
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        public long remaining() {
            return remaining;
        }

        public long nextLong() {
            long v = next;
            next += step;
            remaining--;
            return v;
        }
    }

    /** Iterates a range with bounds beyond long. */
    public static final class BigRangeIterator extends PIterator {
        private java.math.BigInteger next;
        private final java.math.BigInteger step;
        private java.math.BigInteger remaining;

        public BigRangeIterator(PBigRange r) {
            this.next = r.getStart();
            this.step = r.getStep();
            this.remaining = r.length();
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public Object nextOrNull() {
            if (remaining.signum() <= 0) {
                return null;
            }
            java.math.BigInteger v = next;
            next = next.add(step);
            remaining = remaining.subtract(java.math.BigInteger.ONE);
            return PInt.normalize(v);
        }
    }

    /** Iterates a tuple's items or a str's code points (as one-character strings). */
    public static final class SequenceIterator extends PIterator {
        private final Object sequence;
        private int index;

        public SequenceIterator(Object sequence) {
            this.sequence = sequence;
        }

        public Object getSequence() {
            return sequence;
        }

        public int getAndIncrement() {
            return index++;
        }

        public int getIndex() {
            return index;
        }
    }

    /** Iterates a list by index, seeing items appended while it runs (as CPython's listiterator does). */
    public static final class ListIterator extends PIterator {
        private final PList list;
        private int index;

        public ListIterator(PList list) {
            this.list = list;
        }

        public PList getList() {
            return list;
        }

        /** How many items are left (__length_hint__). */
        public int remaining() {
            return index >= list.size() ? 0 : list.size() - index;
        }

        /** The next item, or null at the end (after which it stays exhausted). */
        public Object next() {
            if (index < list.size()) {
                return list.get(index++);
            }
            index = Integer.MAX_VALUE;
            return null;
        }
    }

    /**
     * Iterates a Java iterator of Python values (dict keys, views, sets, map/zip/enumerate...).
     * {@code typeName} is its Python type; {@code sizeCheck} detects a dict or set changed while iterated.
     */
    public static final class JavaIterator extends PIterator {
        private final java.util.Iterator<?> iterator;
        private final PyType type;
        private final java.util.function.IntSupplier size;
        private final int initialSize;
        private final String what;

        public JavaIterator(java.util.Iterator<?> iterator, PyType type, java.util.function.IntSupplier size, String what) {
            this.iterator = iterator;
            this.type = type;
            this.size = size;
            this.initialSize = size == null ? 0 : size.getAsInt();
            this.what = what;
        }

        public PyType getType() {
            return type;
        }

        public java.util.Iterator<?> getIterator() {
            return iterator;
        }

        /** Whether the container changed size; then the message names it ("dictionary", "set"). */
        public String changedWhat() {
            return size != null && size.getAsInt() != initialSize ? what : null;
        }

        private int consumed;

        /** Counts an item handed out, for {@link #remaining()}. */
        public void countItem() {
            consumed++;
        }

        /** How many items are left when the container's size is known (dict and set iterators), else -1. */
        public int remaining() {
            return size == null ? -1 : Math.max(0, initialSize - consumed);
        }
    }

    /** {@code iter(callable, sentinel)}. */
    public static final class CallableIterator extends PIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean done;

        public CallableIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        public Object getCallable() {
            return callable;
        }

        public Object getSentinel() {
            return sentinel;
        }

        public boolean isDone() {
            return done;
        }

        public void setDone() {
            done = true;
        }
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** The iterators of builtin sequences: range, tuple and str. */
public abstract sealed class PIterator implements TruffleObject permits PIterator.RangeIterator, PIterator.BigRangeIterator, PIterator.SequenceIterator {

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
    }
}

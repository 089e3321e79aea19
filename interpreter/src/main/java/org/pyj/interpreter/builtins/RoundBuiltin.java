package org.pyj.interpreter.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.PyNumberIndexNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PythonTypeOf;
import org.pyj.interpreter.runtime.Signature;

/**
 * {@code round(number, ndigits=None)}: half to even on the number's exact value, as CPython
 * does (a float is rounded as the exact binary value it holds, so round(2.675, 2) is 2.67).
 */
final class RoundBuiltin {
    /** Beyond these, rounding a double cannot change it, or leaves only zero (CPython's bounds). */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    private RoundBuiltin() {
    }

    static BuiltinSpec spec() {
        return new BuiltinSpec("round", new Signature("round", new String[]{"number", "ndigits"}, 0, 2, 0, false, false),
                new Object[]{PNone.NONE}, null, RoundNode::new);
    }

    static final class RoundNode extends PythonBuiltinNode {
        @Child private PyNumberIndexNode index = PyNumberIndexNode.create();

        @Override
        public Object call(VirtualFrame frame) {
            Object number = arg(frame, 0);
            Object ndigits = arg(frame, 1);
            if (org.pyj.interpreter.lib.ObjectProtocol.isUserObject(number)) {
                return roundSpecial(this, number, ndigits);
            }
            if (ndigits == PNone.NONE) {
                return roundToInt(this, number);
            }
            return roundToDigits(this, number, index.execute(ndigits));
        }
    }

    @TruffleBoundary
    private static Object roundToInt(Node location, Object number) {
        if (number instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PythonErrors.valueError(location, "cannot convert float NaN to integer");
            } else if (Double.isInfinite(d)) {
                throw PythonErrors.raise(location, BuiltinTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            return PInt.normalize(new BigDecimal(Math.rint(d)).toBigIntegerExact());
        } else if (number instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (number instanceof Long || number instanceof Integer || number instanceof PInt) {
            return number;
        }
        throw noRound(location, number);
    }

    @TruffleBoundary
    private static Object roundToDigits(Node location, Object number, Object ndigitsIndex) {
        if (number instanceof Double d) {
            if (!(ndigitsIndex instanceof Long n) || n > NDIGITS_MAX) {
                return ndigitsIndex instanceof PInt p && p.getValue().signum() < 0 ? 0.0 * d : d;
            }
            if (n < NDIGITS_MIN) {
                return 0.0 * d;
            }
            if (d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                return d;
            }
            BigDecimal rounded = new BigDecimal(d).setScale((int) (long) n, RoundingMode.HALF_EVEN);
            double result = Double.parseDouble(rounded.toString());
            if (Double.isInfinite(result)) {
                throw PythonErrors.raise(location, BuiltinTypes.OVERFLOW_ERROR, "rounded value too large to represent");
            }
            return result == 0 ? Math.copySign(0.0, d) : result;
        }
        BigInteger value;
        if (number instanceof Boolean b) {
            value = b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (number instanceof Long l) {
            value = BigInteger.valueOf(l);
        } else if (number instanceof Integer i) {
            value = BigInteger.valueOf(i);
        } else if (number instanceof PInt p) {
            value = p.getValue();
        } else {
            throw noRound(location, number);
        }
        BigInteger digits = ndigitsIndex instanceof PInt p ? p.getValue() : BigInteger.valueOf((Long) ndigitsIndex);
        if (digits.signum() >= 0) {
            return PInt.normalize(value);
        }
        // Half to even at 10**-ndigits.
        BigInteger scale = BigInteger.TEN.pow(digits.negate().min(BigInteger.valueOf(100_000)).intValueExact());
        BigInteger rounded = new BigDecimal(value).divide(new BigDecimal(scale), 0, RoundingMode.HALF_EVEN)
                .toBigIntegerExact().multiply(scale);
        return PInt.normalize(rounded);
    }

    /** A class's {@code __round__} (what an instance of a subclass of int or float inherits too). */
    @TruffleBoundary
    private static Object roundSpecial(Node location, Object number, Object ndigits) {
        Object m = org.pyj.interpreter.lib.ObjectProtocol.lookupSpecial(number, "__round__");
        if (m == null) {
            throw noRound(location, number);
        }
        return ndigits == PNone.NONE ? org.pyj.interpreter.lib.ObjectProtocol.callSpecial(location, m, number)
                : org.pyj.interpreter.lib.ObjectProtocol.callSpecial(location, m, number, ndigits);
    }

    private static RuntimeException noRound(Node location, Object number) {
        throw PythonErrors.typeError(location, "type %s doesn't define __round__ method", PythonTypeOf.typeName(number));
    }
}

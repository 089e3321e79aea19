package org.pyj.interpreter.builtins;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/** int's methods: bit operations and the conversions to and from bytes. */
final class IntBuiltins {
    private static final PyType INT = BuiltinTypes.INT;

    private IntBuiltins() {
    }

    static void install(PyjContext context) {
        context.defineMethods(INT, List.of(
                method(INT, "bit_length", "self", (loc, a) -> (long) BuiltinArithmetic.toBig(a[0]).abs().bitLength()),
                method(INT, "bit_count", "self", (loc, a) -> (long) BuiltinArithmetic.toBig(a[0]).abs().bitCount()),
                method(INT, "as_integer_ratio", "self", (loc, a) -> new org.pyj.interpreter.runtime.PTuple(
                        new Object[]{a[0] instanceof Boolean b ? (b ? 1L : 0L) : a[0], 1L})),
                method(INT, "conjugate", "self", (loc, a) -> a[0] instanceof Boolean b ? (b ? 1 : 0) : a[0]),
                method(INT, "to_bytes", "self, /, length=1, byteorder=?, *, signed=False", (loc, a) -> {
                    long length = PyObjectItems.asIndex(loc, a[1]);
                    if (length < 0) {
                        throw PythonErrors.valueError(loc, "length argument must be non-negative");
                    }
                    boolean little = littleEndian(loc, a[2]);
                    return new PBytes(toBytes(loc, BuiltinArithmetic.toBig(a[0]), (int) Math.min(length, Integer.MAX_VALUE - 8),
                            little, ObjectProtocol.isTrue(loc, a[3])));
                }),
                JavaBuiltin.function("from_bytes", "cls, /, bytes, byteorder=?, *, signed=False", (loc, a) -> {
                    byte[] data = BytesBuiltins.bufferOrNull(a[1]);
                    if (data == null) {
                        if (a[1] instanceof TruffleString || BuiltinArithmetic.isNumber(a[1])) {
                            // PyObject_Bytes: neither a str nor a number is a bytes source here.
                            throw PythonErrors.typeError(loc, "cannot convert '%s' object to bytes",
                                    org.pyj.interpreter.runtime.PythonTypeOf.typeName(a[1]));
                        }
                        data = BytesBuiltins.construct(loc, a[1], org.pyj.interpreter.runtime.PMissing.INSTANCE, org.pyj.interpreter.runtime.PMissing.INSTANCE, "bytes");
                    }
                    boolean little = littleEndian(loc, a[2]);
                    byte[] big = data.clone();
                    if (little) {
                        for (int i = 0, j = big.length - 1; i < j; i++, j--) {
                            byte t = big[i];
                            big[i] = big[j];
                            big[j] = t;
                        }
                    }
                    BigInteger v = big.length == 0 ? BigInteger.ZERO
                            : ObjectProtocol.isTrue(loc, a[3]) ? new BigInteger(big) : new BigInteger(1, big);
                    Object r = PInt.normalize(v);
                    return a[0] == INT ? r : ObjectProtocol.call(loc, a[0], r);
                })));
        INT.define("from_bytes", PDescriptors.PClassMethod.ofBuiltin(INT, "from_bytes"));
    }

    private static boolean littleEndian(Node loc, Object order) {
        if (!JavaBuiltin.given(order)) {
            return false;
        }
        if (!(order instanceof TruffleString s)) {
            throw PythonErrors.typeError(loc, "to_bytes() argument 'byteorder' must be str, not %s",
                    org.pyj.interpreter.runtime.PythonTypeOf.typeName(order));
        }
        String o = PyStr.toJava(s);
        if (!o.equals("little") && !o.equals("big")) {
            throw PythonErrors.valueError(loc, "byteorder must be either 'little' or 'big'");
        }
        return o.equals("little");
    }

    private static byte[] toBytes(Node loc, BigInteger v, int length, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) {
            throw PythonErrors.overflow(loc, "can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > (long) length * 8) {
            throw PythonErrors.overflow(loc, "int too big to convert");
        }
        byte[] twos = v.toByteArray();
        byte[] out = new byte[length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? i : length - 1 - i] = b;
        }
        return out;
    }
}

package org.pyj.interpreter.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** str.translate and str.maketrans (CPython's charmap translation). */
final class StrTranslate {
    private StrTranslate() {
    }

    /**
     * Each code point is looked up as {@code table[ord(c)]}: a LookupError keeps it, None deletes
     * it, an int or a str replaces it.
     */
    static TruffleString translate(Node loc, TruffleString s, Object table) {
        TruffleStringBuilder b = StrBuiltins.builder();
        for (int cp : StrBuiltins.cps(s)) {
            Object x;
            try {
                x = PyObjectItems.getItem(loc, table, (long) cp);
            } catch (PException e) {
                if (e.getPythonException().getType().isSubtypeOf(BuiltinTypes.LOOKUP_ERROR)) {
                    b.appendCodePointUncached(cp, 1, true);
                    continue;
                }
                throw e;
            }
            if (x == PNone.NONE) {
                continue;
            } else if (BuiltinArithmetic.isInt(x)) {
                BigInteger v = BuiltinArithmetic.toBig(x);
                if (v.signum() < 0 || v.bitLength() > 31 || v.intValue() > 0x10FFFF) {
                    throw PythonErrors.valueError(loc, "character mapping must be in range(0x110000)");
                }
                b.appendCodePointUncached(v.intValue(), 1, true);
            } else if (x instanceof TruffleString r) {
                b.appendStringUncached(r);
            } else {
                throw PythonErrors.typeError(loc, "character mapping must return integer, None or str");
            }
        }
        return b.toStringUncached();
    }

    static PDict maketrans(Node loc, Object x, Object y, Object z) {
        PDict table = new PDict();
        if (y != PMissing.INSTANCE) {
            TruffleString to = StrArgs.str(loc, y, "maketrans", "argument 2");
            TruffleString delete = z == PMissing.INSTANCE ? null : StrArgs.str(loc, z, "maketrans", "argument 3");
            if (!(x instanceof TruffleString from)) {
                throw PythonErrors.typeError(loc, "first maketrans argument must be a string if there is a second argument");
            }
            int[] f = StrBuiltins.cps(from);
            int[] t = StrBuiltins.cps(to);
            if (f.length != t.length) {
                throw PythonErrors.valueError(loc, "the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < f.length; i++) {
                table.setItem((long) f[i], (long) t[i]);
            }
            if (delete != null) {
                for (int cp : StrBuiltins.cps(delete)) {
                    table.setItem((long) cp, PNone.NONE);
                }
            }
            return table;
        }
        if (!(x instanceof PDict d) || PythonTypeOf.typeOf(x) != BuiltinTypes.DICT) {
            throw PythonErrors.typeError(loc, "if you give only one argument to maketrans it must be a dict");
        }
        Object[] keys = d.keysArray();
        Object[] values = d.valuesArray();
        for (int i = 0; i < keys.length; i++) {
            Object key = keys[i];
            if (key instanceof TruffleString k) {
                if (StrBuiltins.len(k) != 1) {
                    throw PythonErrors.valueError(loc, "string keys in translate table must be of length 1");
                }
                table.setItem((long) k.codePointAtIndexUncached(0, PyStr.ENCODING), values[i]);
            } else if (BuiltinArithmetic.isInt(key)) {
                table.setItem(key, values[i]);
            } else {
                throw PythonErrors.typeError(loc, "keys in translate table must be strings or integers");
            }
        }
        return table;
    }
}

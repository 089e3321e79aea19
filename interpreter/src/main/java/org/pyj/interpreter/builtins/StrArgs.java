package org.pyj.interpreter.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * Argument parsing for the str methods, with the messages of the CPython parser each method
 * uses (METH_NOARGS, METH_O, Argument Clinic, PyArg_ParseTuple), which differ from method to
 * method, and the conversions of their parameters.
 */
final class StrArgs {
    private StrArgs() {
    }

    /** How CPython declares a method, which decides its argument errors. */
    enum Style {
        /** METH_NOARGS: {@code str.upper() takes no arguments (1 given)}. */
        NOARGS,
        /** METH_O: {@code str.join() takes exactly one argument (0 given)}. */
        ONE,
        /** Clinic, positional-only: {@code center expected at least 1 argument, got 0}. */
        POSITIONAL,
        /** PyArg_ParseTuple: {@code find() takes at least 1 argument (0 given)}. */
        VARARGS,
        /** Clinic with keywords (_PyArg_UnpackKeywords): {@code split() takes at most 2 arguments (3 given)}. */
        KEYWORDS,
        /** A slot wrapper such as {@code __len__}: {@code expected 1 argument, got 0}. */
        WRAPPER
    }

    /**
     * Binds {@code args}/{@code kwargs} to {@code names}: returns {@code [self, p1, ..., pn]} with
     * {@link PMissing#INSTANCE} for the optional ones not given.
     */
    static Object[] bind(Node loc, String name, Style style, int min, String[] names, Object self, PTuple args,
            PDict kwargs) {
        Object[] bound = bindRaw(loc, name, style, min, names, self, args, kwargs);
        for (int i = 1; i < bound.length; i++) {
            // Arguments that are instances of subclasses of str, int or tuple count as their values.
            bound[i] = org.pyj.interpreter.runtime.PValueInstance.unwrap(bound[i]);
        }
        return bound;
    }

    private static Object[] bindRaw(Node loc, String name, Style style, int min, String[] names, Object self, PTuple args,
            PDict kwargs) {
        int n = args.size();
        int k = kwargs.size();
        int max = names.length;
        switch (style) {
            case NOARGS -> {
                noKeywords(loc, "str." + name + "()", k);
                if (n != 0) {
                    throw PythonErrors.typeError(loc, "str.%s() takes no arguments (%d given)", name, n);
                }
            }
            case ONE -> {
                noKeywords(loc, "str." + name + "()", k);
                if (n != 1) {
                    throw PythonErrors.typeError(loc, "str.%s() takes exactly one argument (%d given)", name, n);
                }
            }
            case POSITIONAL -> {
                noKeywords(loc, "str." + name + "()", k);
                if (n < min || n > max) {
                    int bound = n < min ? min : max;
                    throw PythonErrors.typeError(loc, "%s expected %s%d argument%s, got %d", name,
                            min == max ? "" : n < min ? "at least " : "at most ", bound, bound == 1 ? "" : "s", n);
                }
            }
            case VARARGS -> {
                // Called as s.find(...) the method descriptor checks keywords (with its qualified name).
                noKeywords(loc, "str." + name + "()", k);
                if (n < min || n > max) {
                    int bound = n < min ? min : max;
                    throw PythonErrors.typeError(loc, "%s() takes %s %d argument%s (%d given)", name,
                            min == max ? "exactly" : n < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", n);
                }
            }
            case WRAPPER -> {
                noKeywords(loc, "wrapper " + name + "()", k);
                if (n != max) {
                    throw PythonErrors.typeError(loc, "expected %d argument%s, got %d", max, max == 1 ? "" : "s", n);
                }
            }
            case KEYWORDS -> {
                return bindKeywords(loc, name, min, names, self, args, kwargs);
            }
        }
        Object[] out = new Object[max + 1];
        out[0] = self;
        for (int i = 0; i < max; i++) {
            out[i + 1] = i < n ? args.get(i) : PMissing.INSTANCE;
        }
        return out;
    }

    private static void noKeywords(Node loc, String fn, int k) {
        if (k > 0) {
            throw PythonErrors.typeError(loc, "%s takes no keyword arguments", fn);
        }
    }

    /** _PyArg_UnpackKeywords for parameters that are all positional-or-keyword. */
    private static Object[] bindKeywords(Node loc, String name, int min, String[] names, Object self, PTuple args,
            PDict kwargs) {
        int n = args.size();
        int k = kwargs.size();
        int max = names.length;
        if (n + k > max) {
            throw PythonErrors.typeError(loc, "%s() takes at most %d %sargument%s (%d given)", name, max,
                    n == 0 ? "keyword " : "", max == 1 ? "" : "s", n + k);
        }
        Object[] out = new Object[max + 1];
        out[0] = self;
        int left = k;
        for (int i = 0; i < max; i++) {
            Object v = i < n ? args.get(i) : k > 0 ? kwargs.getItem(PyStr.fromJava(names[i])) : null;
            if (i >= n && v != null) {
                left--;
            }
            if (v == null && i < min) {
                throw PythonErrors.typeError(loc, "%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
            }
            out[i + 1] = v == null ? PMissing.INSTANCE : v;
        }
        if (left > 0) {
            for (int i = 0; i < n; i++) {
                if (kwargs.getItem(PyStr.fromJava(names[i])) != null) {
                    throw PythonErrors.typeError(loc, "argument for %s() given by name ('%s') and position (%d)", name,
                            names[i], i + 1);
                }
            }
            for (Object key : kwargs.keysArray()) {
                boolean known = false;
                for (String p : names) {
                    known |= key instanceof TruffleString s && PyStr.toJava(s).equals(p);
                }
                if (!known) {
                    throw PythonErrors.typeError(loc, "'%s' is an invalid keyword argument for %s()",
                            PyStr.toJava(ObjectProtocol.str(loc, key)), name);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ conversions

    /** A str argument where CPython says {@code must be str, not int}. */
    static TruffleString str(Node loc, Object o) {
        if (o instanceof TruffleString s) {
            return s;
        }
        throw PythonErrors.typeError(loc, "must be str, not %s", PythonTypeOf.typeName(o));
    }

    /** A str argument checked by Argument Clinic: {@code replace() argument 1 must be str, not int}. */
    static TruffleString str(Node loc, Object o, String fn, String which) {
        if (o instanceof TruffleString s) {
            return s;
        }
        // _PyArg_BadArgument names None itself rather than its type.
        throw PythonErrors.typeError(loc, "%s() %s must be str, not %s", fn, which,
                o == PNone.NONE ? "None" : PythonTypeOf.typeName(o));
    }

    /** An index-like argument converted to Py_ssize_t (OverflowError beyond it). */
    static long ssize(Node loc, Object o) {
        checkIndex(loc, o);
        if (o instanceof org.pyj.interpreter.runtime.PInt p && p.getValue().bitLength() > 63) {
            throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return PyObjectItems.asIndex(loc, o);
    }

    /** An index-like argument converted to a C int. */
    static int cInt(Node loc, Object o) {
        checkIndex(loc, o);
        long v = PyObjectItems.asIndex(loc, o);
        boolean big = o instanceof org.pyj.interpreter.runtime.PInt p && p.getValue().bitLength() > 63;
        if (big || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) v;
    }

    private static void checkIndex(Node loc, Object o) {
        if (o instanceof Double || o instanceof TruffleString || !(BuiltinArithmetic.isInt(o) || ObjectProtocol.isUserObject(o))) {
            throw PythonErrors.typeError(loc, "'%s' object cannot be interpreted as an integer", PythonTypeOf.typeName(o));
        }
    }

    /** _PyEval_SliceIndex: None or missing keeps the default; huge values clamp. */
    static long sliceIndex(Node loc, Object o, long dflt) {
        if (o == PMissing.INSTANCE || o == PNone.NONE) {
            return dflt;
        }
        if (!ObjectProtocol.isIndex(o)) {
            throw PythonErrors.typeError(loc, "slice indices must be integers or None or have an __index__ method");
        }
        BigInteger b = BuiltinArithmetic.isInt(o) ? BuiltinArithmetic.toBig(o) : BigInteger.valueOf(PyObjectItems.asIndex(loc, o));
        if (b.bitLength() > 63) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return b.longValue();
    }

    /** ADJUST_INDICES: start and end of a str method's optional slice, for a string of {@code len} code points. */
    static int[] range(Node loc, Object start, Object end, int len) {
        long s = sliceIndex(loc, start, 0);
        long e = sliceIndex(loc, end, Long.MAX_VALUE);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e = Math.max(0, e + len);
        }
        if (s < 0) {
            s = Math.max(0, s + len);
        }
        // start may stay beyond the length (then nothing matches); keep it within int.
        return new int[]{(int) Math.min(s, (long) len + 1), (int) e};
    }
}

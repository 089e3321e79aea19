package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;
import com.oracle.truffle.api.strings.TruffleStringIterator;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.builtins.StrArgs.Style;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.formatting.PercentFormat;
import org.pyj.interpreter.formatting.StrFormat;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.PyObjectFormatNode;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;

/** The methods of str, with CPython 3.11's results and errors. */
public final class StrBuiltins {
    private static final PyType STR = BuiltinTypes.STR;
    private static final TruffleString.Encoding ENC = PyStr.ENCODING;

    private StrBuiltins() {
    }

    /** A method body: gets {@code [self, arguments...]} as bound by {@link StrArgs}. */
    @FunctionalInterface
    private interface Body {
        Object call(Node loc, TruffleString self, Object[] a);
    }

    private static BuiltinSpec def(String name, Style style, int min, String params, Body body) {
        String[] names = params.isEmpty() ? new String[0] : params.split(",\\s*");
        return JavaBuiltin.function(name, "self=?, *args, **kwargs", (loc, a) -> {
            Object self = org.pyj.interpreter.runtime.PValueInstance.unwrap(a[0]);
            checkSelf(loc, name, self);
            Object[] bound = StrArgs.bind(loc, name, style, min, names, self, (PTuple) a[1], (PDict) a[2]);
            return body.call(loc, (TruffleString) self, bound);
        });
    }

    /** The method descriptor's checks, for calls such as {@code str.upper(x)}. */
    private static void checkSelf(Node loc, String name, Object self) {
        if (!given(self)) {
            throw PythonErrors.typeError(loc, "unbound method str.%s() needs an argument", name);
        }
        if (!(self instanceof TruffleString)) {
            throw PythonErrors.typeError(loc, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name,
                    PythonTypeOf.typeName(self));
        }
    }

    private interface Predicate {
        boolean test(int cp);
    }

    /** A str.isX() method: false for the empty string, else whether every code point passes. */
    private static BuiltinSpec predicate(String name, Predicate p) {
        return def(name, Style.NOARGS, 0, "", (loc, s, a) -> {
            int[] cps = cps(s);
            for (int cp : cps) {
                if (!p.test(cp)) {
                    return false;
                }
            }
            return cps.length > 0;
        });
    }

    public static void install(PyjContext context) {
        List<BuiltinSpec> specs = new ArrayList<>(List.of(
                def("capitalize", Style.NOARGS, 0, "", (loc, s, a) -> of(StrCase.capitalize(cps(s)))),
                def("casefold", Style.NOARGS, 0, "", (loc, s, a) -> of(StrCase.casefold(cps(s)))),
                def("lower", Style.NOARGS, 0, "", (loc, s, a) -> of(StrCase.lower(cps(s)))),
                def("upper", Style.NOARGS, 0, "", (loc, s, a) -> of(StrCase.upper(cps(s)))),
                def("swapcase", Style.NOARGS, 0, "", (loc, s, a) -> of(StrCase.swapcase(cps(s)))),
                def("title", Style.NOARGS, 0, "", (loc, s, a) -> of(StrCase.title(cps(s)))),
                def("islower", Style.NOARGS, 0, "", (loc, s, a) -> StrCase.isLower(cps(s))),
                def("isupper", Style.NOARGS, 0, "", (loc, s, a) -> StrCase.isUpper(cps(s))),
                def("istitle", Style.NOARGS, 0, "", (loc, s, a) -> StrCase.isTitle(cps(s))),
                predicate("isalnum", StrUnicode::isAlnum),
                predicate("isalpha", StrUnicode::isAlpha),
                predicate("isdecimal", StrUnicode::isDecimal),
                predicate("isdigit", StrUnicode::isDigit),
                predicate("isnumeric", StrUnicode::isNumeric),
                predicate("isspace", StrUnicode::isSpace),
                def("isascii", Style.NOARGS, 0, "", (loc, s, a) -> {
                    for (int cp : cps(s)) {
                        if (cp >= 0x80) {
                            return false;
                        }
                    }
                    return true;
                }),
                def("isprintable", Style.NOARGS, 0, "", (loc, s, a) -> {
                    for (int cp : cps(s)) {
                        if (!StrUnicode.isPrintable(cp)) {
                            return false;
                        }
                    }
                    return true;
                }),
                def("isidentifier", Style.NOARGS, 0, "", (loc, s, a) -> isIdentifier(cps(s))),
                def("center", Style.POSITIONAL, 1, "width, fillchar", (loc, s, a) -> pad(loc, s, a, 'c')),
                def("ljust", Style.POSITIONAL, 1, "width, fillchar", (loc, s, a) -> pad(loc, s, a, 'l')),
                def("rjust", Style.POSITIONAL, 1, "width, fillchar", (loc, s, a) -> pad(loc, s, a, 'r')),
                def("zfill", Style.ONE, 1, "width", (loc, s, a) -> zfill(s, StrArgs.ssize(loc, a[1]))),
                def("expandtabs", Style.KEYWORDS, 0, "tabsize",
                        (loc, s, a) -> expandtabs(s, given(a[1]) ? StrArgs.cInt(loc, a[1]) : 8)),
                def("strip", Style.POSITIONAL, 0, "chars", (loc, s, a) -> strip(loc, s, a[1], "strip", true, true)),
                def("lstrip", Style.POSITIONAL, 0, "chars", (loc, s, a) -> strip(loc, s, a[1], "lstrip", true, false)),
                def("rstrip", Style.POSITIONAL, 0, "chars", (loc, s, a) -> strip(loc, s, a[1], "rstrip", false, true)),
                def("find", Style.VARARGS, 1, "sub, start, end", (loc, s, a) -> (long) find(loc, s, a, true)),
                def("rfind", Style.VARARGS, 1, "sub, start, end", (loc, s, a) -> (long) find(loc, s, a, false)),
                def("index", Style.VARARGS, 1, "sub, start, end", (loc, s, a) -> index(loc, s, a, true)),
                def("rindex", Style.VARARGS, 1, "sub, start, end", (loc, s, a) -> index(loc, s, a, false)),
                def("count", Style.VARARGS, 1, "sub, start, end", (loc, s, a) -> count(loc, s, a)),
                def("startswith", Style.VARARGS, 1, "prefix, start, end", (loc, s, a) -> startsOrEndsWith(loc, s, a, "startswith")),
                def("endswith", Style.VARARGS, 1, "suffix, start, end", (loc, s, a) -> startsOrEndsWith(loc, s, a, "endswith")),
                def("join", Style.ONE, 1, "iterable", (loc, s, a) -> join(loc, s, a[1])),
                def("replace", Style.POSITIONAL, 2, "old, new, count", (loc, s, a) -> replace(s,
                        StrArgs.str(loc, a[1], "replace", "argument 1"), StrArgs.str(loc, a[2], "replace", "argument 2"),
                        given(a[3]) ? StrArgs.ssize(loc, a[3]) : -1)),
                def("removeprefix", Style.ONE, 1, "prefix", (loc, s, a) -> {
                    TruffleString p = StrArgs.str(loc, a[1], "removeprefix", "argument");
                    int n = len(p);
                    return n > 0 && len(s) >= n && s.regionEqualsUncached(0, p, 0, n, ENC) ? sub(s, n, len(s)) : s;
                }),
                def("removesuffix", Style.ONE, 1, "suffix", (loc, s, a) -> {
                    TruffleString p = StrArgs.str(loc, a[1], "removesuffix", "argument");
                    int n = len(p);
                    int l = len(s);
                    return n > 0 && l >= n && s.regionEqualsUncached(l - n, p, 0, n, ENC) ? sub(s, 0, l - n) : s;
                }),
                def("split", Style.KEYWORDS, 0, "sep, maxsplit", (loc, s, a) -> StrSplit.split(s, separator(loc, a[1]),
                        given(a[2]) ? StrArgs.ssize(loc, a[2]) : -1)),
                def("rsplit", Style.KEYWORDS, 0, "sep, maxsplit", (loc, s, a) -> StrSplit.rsplit(s, separator(loc, a[1]),
                        given(a[2]) ? StrArgs.ssize(loc, a[2]) : -1)),
                def("splitlines", Style.KEYWORDS, 0, "keepends",
                        (loc, s, a) -> StrSplit.splitlines(s, given(a[1]) && StrArgs.cInt(loc, a[1]) != 0)),
                def("partition", Style.ONE, 1, "sep", (loc, s, a) -> StrSplit.partition(s, nonEmptySeparator(loc, a[1]))),
                def("rpartition", Style.ONE, 1, "sep", (loc, s, a) -> StrSplit.rpartition(s, nonEmptySeparator(loc, a[1]))),
                def("translate", Style.ONE, 1, "table", (loc, s, a) -> StrTranslate.translate(loc, s, a[1])),
                def("encode", Style.KEYWORDS, 0, "encoding, errors", (loc, s, a) -> new org.pyj.interpreter.runtime.PBytes(
                        org.pyj.interpreter.lib.Codecs.encode(loc, s,
                                given(a[1]) ? PyStr.toJava(StrArgs.str(loc, a[1], "encode", "argument 'encoding'")) : "utf-8",
                                given(a[2]) ? PyStr.toJava(StrArgs.str(loc, a[2], "encode", "argument 'errors'")) : "strict"))),
                JavaBuiltin.function("format", "self=?, *args, **kwargs", (loc, a) -> {
                    Object self = org.pyj.interpreter.runtime.PValueInstance.unwrap(a[0]);
                    checkSelf(loc, "format", self);
                    return StrFormat.format(loc, (TruffleString) self, (PTuple) a[1], (PDict) a[2]);
                }),
                def("format_map", Style.ONE, 1, "mapping", (loc, s, a) -> StrFormat.formatMap(loc, s, a[1])),
                def("__format__", Style.ONE, 1, "format_spec", (loc, s, a) -> PyObjectFormatNode.formatSlowPath(loc, s,
                        StrArgs.str(loc, a[1], "__format__", "argument"))),
                def("__mod__", Style.WRAPPER, 1, "value", (loc, s, a) -> PercentFormat.format(loc, s, a[1])),
                def("__rmod__", Style.WRAPPER, 1, "value", (loc, s, a) -> a[1] instanceof TruffleString f
                        ? PercentFormat.format(loc, f, s) : PSingleton.NOT_IMPLEMENTED),
                def("__len__", Style.WRAPPER, 0, "", (loc, s, a) -> (long) len(s)),
                def("__contains__", Style.WRAPPER, 1, "key", (loc, s, a) -> Containers.builtinContains(loc, s, a[1])),
                def("__getitem__", Style.WRAPPER, 1, "key", (loc, s, a) -> PyObjectItems.builtinGetItem(loc, s, a[1])),
                JavaBuiltin.function("maketrans", "*args, **kwargs", (loc, a) -> {
                    Object[] b = StrArgs.bind(loc, "maketrans", Style.POSITIONAL, 1, new String[]{"x", "y", "z"}, null,
                            (PTuple) a[0], (PDict) a[1]);
                    return StrTranslate.maketrans(loc, b[1], b[2], b[3]);
                })));
        context.defineMethods(STR, specs);
        STR.define("maketrans", new PDescriptors.PStaticMethod(STR.getOwn("maketrans")));
    }

    // ------------------------------------------------------------------ code points

    /** The code points of a str. */
    static int[] cps(TruffleString s) {
        int[] out = new int[len(s)];
        TruffleStringIterator it = s.createCodePointIteratorUncached(ENC);
        for (int i = 0; it.hasNext(); i++) {
            out[i] = it.nextUncached(ENC);
        }
        return out;
    }

    static TruffleString of(int[] cps) {
        return PyStr.fromCodePoints(cps);
    }

    static int len(TruffleString s) {
        return s.codePointLengthUncached(ENC);
    }

    static TruffleString sub(TruffleString s, int from, int to) {
        return s.substringUncached(from, to - from, ENC, true);
    }

    static TruffleStringBuilder builder() {
        return TruffleStringBuilder.create(ENC);
    }

    static void append(TruffleStringBuilder b, TruffleString s, int from, int to) {
        if (to > from) {
            b.appendSubstringByteIndexUncached(s, from * 4, (to - from) * 4);
        }
    }

    static void appendCodePoint(TruffleStringBuilder b, int cp, int repeat) {
        if (repeat > 0) {
            b.appendCodePointUncached(cp, repeat, true);
        }
    }

    /** The first index of {@code needle} (of length {@code m} > 0) lying wholly within {@code [from, to)}, or -1. */
    static int indexOf(TruffleString hay, TruffleString needle, int m, int from, int to) {
        if (to - from < m) {
            return -1;
        }
        return hay.indexOfStringUncached(needle, from, to, ENC);
    }

    /** The last index of {@code needle} (of length {@code m} > 0) lying wholly within {@code [from, to)}, or -1. */
    static int lastIndexOf(TruffleString hay, TruffleString needle, int m, int from, int to) {
        if (to - from < m) {
            return -1;
        }
        return hay.lastIndexOfStringUncached(needle, to, from, ENC);
    }

    // ------------------------------------------------------------------ padding

    /** center, ljust and rjust; center puts the odd extra fill on the left only when width is odd, as CPython. */
    private static TruffleString pad(Node loc, TruffleString s, Object[] a, char how) {
        long width = StrArgs.ssize(loc, a[1]);
        int fill = ' ';
        if (given(a[2])) {
            if (!(a[2] instanceof TruffleString f)) {
                throw PythonErrors.typeError(loc, "The fill character must be a unicode character, not %s",
                        PythonTypeOf.typeName(a[2]));
            }
            if (len(f) != 1) {
                throw PythonErrors.typeError(loc, "The fill character must be exactly one character long");
            }
            fill = f.codePointAtIndexUncached(0, ENC);
        }
        int n = len(s);
        if (n >= width) {
            return s;
        }
        long marg = width - n;
        long left = switch (how) {
            case 'l' -> 0;
            case 'r' -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        return padded(loc, s, (int) left, (int) (marg - left), fill);
    }

    private static TruffleString padded(Node loc, TruffleString s, long left, long right, int fill) {
        if (left + right + len(s) > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(loc, BuiltinTypes.OVERFLOW_ERROR, "padded string is too long");
        }
        TruffleStringBuilder b = builder();
        appendCodePoint(b, fill, (int) left);
        b.appendStringUncached(s);
        appendCodePoint(b, fill, (int) right);
        return b.toStringUncached();
    }

    private static TruffleString zfill(TruffleString s, long width) {
        int n = len(s);
        if (n >= width) {
            return s;
        }
        int fill = (int) (width - n);
        TruffleStringBuilder b = builder();
        int first = n > 0 ? s.codePointAtIndexUncached(0, ENC) : 0;
        int from = 0;
        if (first == '+' || first == '-') {
            // The sign stays in front of the zeros.
            b.appendCodePointUncached(first);
            from = 1;
        }
        appendCodePoint(b, '0', fill);
        append(b, s, from, n);
        return b.toStringUncached();
    }

    private static TruffleString expandtabs(TruffleString s, int tabsize) {
        int[] cps = cps(s);
        TruffleStringBuilder b = builder();
        long column = 0;
        for (int cp : cps) {
            if (cp == '\t') {
                if (tabsize > 0) {
                    int incr = (int) (tabsize - column % tabsize);
                    column += incr;
                    appendCodePoint(b, ' ', incr);
                }
            } else {
                column++;
                b.appendCodePointUncached(cp, 1, true);
                if (cp == '\n' || cp == '\r') {
                    column = 0;
                }
            }
        }
        return b.toStringUncached();
    }

    // ------------------------------------------------------------------ strip

    private static TruffleString strip(Node loc, TruffleString s, Object chars, String name, boolean left, boolean right) {
        int[] cps = cps(s);
        int[] set = null;
        if (given(chars) && chars != PNone.NONE) {
            if (!(chars instanceof TruffleString c)) {
                throw PythonErrors.typeError(loc, "%s arg must be None or str", name);
            }
            set = cps(c);
        }
        int i = 0;
        int j = cps.length;
        if (left) {
            while (i < j && stripped(cps[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(cps[j - 1], set)) {
                j--;
            }
        }
        return i == 0 && j == cps.length ? s : sub(s, i, j);
    }

    private static boolean stripped(int cp, int[] set) {
        if (set == null) {
            return StrUnicode.isSpace(cp);
        }
        for (int c : set) {
            if (c == cp) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ searching

    /** find/rfind: the slice is parsed before the substring is checked, as stringlib_parse_args_finds does. */
    private static int find(Node loc, TruffleString s, Object[] a, boolean forward) {
        int n = len(s);
        int[] r = StrArgs.range(loc, a[2], a[3], n);
        TruffleString needle = StrArgs.str(loc, a[1]);
        int m = len(needle);
        if (r[1] - r[0] < m) {
            return -1;
        }
        if (m == 0) {
            return forward ? r[0] : r[1];
        }
        return forward ? indexOf(s, needle, m, r[0], r[1]) : lastIndexOf(s, needle, m, r[0], r[1]);
    }

    private static long index(Node loc, TruffleString s, Object[] a, boolean forward) {
        int i = find(loc, s, a, forward);
        if (i < 0) {
            throw PythonErrors.valueError(loc, "substring not found");
        }
        return i;
    }

    private static long count(Node loc, TruffleString s, Object[] a) {
        int n = len(s);
        int[] r = StrArgs.range(loc, a[2], a[3], n);
        TruffleString needle = StrArgs.str(loc, a[1]);
        int m = len(needle);
        if (r[1] - r[0] < m) {
            return 0;
        }
        if (m == 0) {
            return r[1] - r[0] + 1;
        }
        long c = 0;
        for (int i = indexOf(s, needle, m, r[0], r[1]); i >= 0; i = indexOf(s, needle, m, i + m, r[1])) {
            c++;
        }
        return c;
    }

    private static boolean startsOrEndsWith(Node loc, TruffleString s, Object[] a, String name) {
        int[] r = StrArgs.range(loc, a[2], a[3], len(s));
        boolean start = name.equals("startswith");
        if (a[1] instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (!(o instanceof TruffleString p)) {
                    throw PythonErrors.typeError(loc, "tuple for %s must only contain str, not %s", name,
                            PythonTypeOf.typeName(o));
                }
                if (tailMatch(s, p, r, start)) {
                    return true;
                }
            }
            return false;
        }
        if (!(a[1] instanceof TruffleString p)) {
            throw PythonErrors.typeError(loc, "%s first arg must be str or a tuple of str, not %s", name,
                    PythonTypeOf.typeName(a[1]));
        }
        return tailMatch(s, p, r, start);
    }

    private static boolean tailMatch(TruffleString s, TruffleString p, int[] r, boolean start) {
        int m = len(p);
        int end = r[1] - m;
        if (end < r[0]) {
            return false;
        }
        if (m == 0) {
            return true;
        }
        return s.regionEqualsUncached(start ? r[0] : end, p, 0, m, ENC);
    }

    // ------------------------------------------------------------------ join and replace

    private static TruffleString join(Node loc, TruffleString sep, Object iterable) {
        Object[] items;
        if (iterable instanceof PList || iterable instanceof PTuple) {
            items = Containers.toArray(loc, iterable);
        } else {
            Object it;
            try {
                it = Containers.getIter(loc, iterable);
            } catch (PException e) {
                if (e.getPythonException().getType().isSubtypeOf(BuiltinTypes.TYPE_ERROR)) {
                    throw PythonErrors.typeError(loc, "can only join an iterable");
                }
                throw e;
            }
            ArrayList<Object> list = new ArrayList<>();
            for (Object x = Containers.next(loc, it); x != null; x = Containers.next(loc, it)) {
                list.add(x);
            }
            items = list.toArray();
        }
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof org.pyj.interpreter.runtime.PValueInstance v && v.getValue() instanceof TruffleString s) {
                items[i] = s;
            }
            if (!(items[i] instanceof TruffleString)) {
                throw PythonErrors.typeError(loc, "sequence item %d: expected str instance, %s found", i,
                        PythonTypeOf.typeName(items[i]));
            }
        }
        if (items.length == 1) {
            return (TruffleString) items[0];
        }
        boolean withSep = len(sep) > 0;
        TruffleStringBuilder b = builder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0 && withSep) {
                b.appendStringUncached(sep);
            }
            b.appendStringUncached((TruffleString) items[i]);
        }
        return b.toStringUncached();
    }

    private static TruffleString replace(TruffleString s, TruffleString old, TruffleString repl, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        int n = len(s);
        int m = len(old);
        if (max == 0 || n < m) {
            return s;
        }
        TruffleStringBuilder b = builder();
        if (m == 0) {
            // An empty pattern matches before every code point and at the end.
            long k = Math.min(max, (long) n + 1);
            for (int i = 0; i < k; i++) {
                b.appendStringUncached(repl);
                if (i < n) {
                    append(b, s, i, i + 1);
                }
            }
            append(b, s, (int) Math.min(k, n), n);
            return b.toStringUncached();
        }
        int i = 0;
        boolean found = false;
        while (max-- > 0) {
            int pos = indexOf(s, old, m, i, n);
            if (pos < 0) {
                break;
            }
            found = true;
            append(b, s, i, pos);
            b.appendStringUncached(repl);
            i = pos + m;
        }
        if (!found) {
            return s;
        }
        append(b, s, i, n);
        return b.toStringUncached();
    }

    // ------------------------------------------------------------------ separators and identifiers

    private static TruffleString separator(Node loc, Object sep) {
        if (!given(sep) || sep == PNone.NONE) {
            return null;
        }
        if (!(sep instanceof TruffleString s)) {
            throw PythonErrors.typeError(loc, "must be str or None, not %s", PythonTypeOf.typeName(sep));
        }
        if (len(s) == 0) {
            throw PythonErrors.valueError(loc, "empty separator");
        }
        return s;
    }

    private static TruffleString nonEmptySeparator(Node loc, Object sep) {
        TruffleString s = StrArgs.str(loc, sep);
        if (len(s) == 0) {
            throw PythonErrors.valueError(loc, "empty separator");
        }
        return s;
    }

    private static boolean isIdentifier(int[] cps) {
        if (cps.length == 0 || !(cps[0] == '_' || StrUnicode.isXidStart(cps[0]))) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!StrUnicode.isXidContinue(cps[i])) {
                return false;
            }
        }
        return true;
    }
}

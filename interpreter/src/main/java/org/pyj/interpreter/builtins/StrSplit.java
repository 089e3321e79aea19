package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.Collections;

import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;

/** split, rsplit, splitlines, partition and rpartition, following CPython's stringlib/split.h. */
final class StrSplit {
    private StrSplit() {
    }

    static PList split(TruffleString s, TruffleString sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        ArrayList<Object> out = new ArrayList<>();
        if (sep == null) {
            int[] cps = StrBuiltins.cps(s);
            int n = cps.length;
            int i = 0;
            while (max-- > 0) {
                while (i < n && StrUnicode.isSpace(cps[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i++;
                while (i < n && !StrUnicode.isSpace(cps[i])) {
                    i++;
                }
                out.add(StrBuiltins.sub(s, j, i));
            }
            if (i < n) {
                // maxsplit reached: the rest, leading whitespace skipped, is the last item.
                while (i < n && StrUnicode.isSpace(cps[i])) {
                    i++;
                }
                if (i != n) {
                    out.add(StrBuiltins.sub(s, i, n));
                }
            }
            return new PList(out.toArray());
        }
        int n = StrBuiltins.len(s);
        int m = StrBuiltins.len(sep);
        int i = 0;
        while (max-- > 0) {
            int pos = StrBuiltins.indexOf(s, sep, m, i, n);
            if (pos < 0) {
                break;
            }
            out.add(StrBuiltins.sub(s, i, pos));
            i = pos + m;
        }
        out.add(i == 0 ? s : StrBuiltins.sub(s, i, n));
        return new PList(out.toArray());
    }

    static PList rsplit(TruffleString s, TruffleString sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        ArrayList<Object> out = new ArrayList<>();
        if (sep == null) {
            int[] cps = StrBuiltins.cps(s);
            int i = cps.length - 1;
            while (max-- > 0) {
                while (i >= 0 && StrUnicode.isSpace(cps[i])) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i--;
                while (i >= 0 && !StrUnicode.isSpace(cps[i])) {
                    i--;
                }
                out.add(StrBuiltins.sub(s, i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && StrUnicode.isSpace(cps[i])) {
                    i--;
                }
                if (i >= 0) {
                    out.add(StrBuiltins.sub(s, 0, i + 1));
                }
            }
        } else {
            int m = StrBuiltins.len(sep);
            int j = StrBuiltins.len(s);
            while (max-- > 0) {
                int pos = StrBuiltins.lastIndexOf(s, sep, m, 0, j);
                if (pos < 0) {
                    break;
                }
                out.add(StrBuiltins.sub(s, pos + m, j));
                j = pos;
            }
            out.add(StrBuiltins.sub(s, 0, j));
        }
        Collections.reverse(out);
        return new PList(out.toArray());
    }

    static PList splitlines(TruffleString s, boolean keepends) {
        int[] cps = StrBuiltins.cps(s);
        int n = cps.length;
        ArrayList<Object> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !StrUnicode.isLineBreak(cps[i])) {
                i++;
            }
            int eol = i;
            if (i < n) {
                i += cps[i] == '\r' && i + 1 < n && cps[i + 1] == '\n' ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            out.add(StrBuiltins.sub(s, j, eol));
        }
        return new PList(out.toArray());
    }

    static PTuple partition(TruffleString s, TruffleString sep) {
        int m = StrBuiltins.len(sep);
        int n = StrBuiltins.len(s);
        int pos = StrBuiltins.indexOf(s, sep, m, 0, n);
        if (pos < 0) {
            return new PTuple(new Object[]{s, PyStr.EMPTY, PyStr.EMPTY});
        }
        return new PTuple(new Object[]{StrBuiltins.sub(s, 0, pos), sep, StrBuiltins.sub(s, pos + m, n)});
    }

    static PTuple rpartition(TruffleString s, TruffleString sep) {
        int m = StrBuiltins.len(sep);
        int n = StrBuiltins.len(s);
        int pos = StrBuiltins.lastIndexOf(s, sep, m, 0, n);
        if (pos < 0) {
            return new PTuple(new Object[]{PyStr.EMPTY, PyStr.EMPTY, s});
        }
        return new PTuple(new Object[]{StrBuiltins.sub(s, 0, pos), sep, StrBuiltins.sub(s, pos + m, n)});
    }
}

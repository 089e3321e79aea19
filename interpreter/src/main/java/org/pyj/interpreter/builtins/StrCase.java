package org.pyj.interpreter.builtins;

/**
 * The case-changing str methods and the case predicates over whole strings, as CPython's
 * do_upper/do_lower/do_title/... compose the per-code-point mappings of {@link StrUnicode}.
 */
final class StrCase {
    private StrCase() {
    }

    /** A growable code point buffer. */
    static final class Buffer {
        private int[] data;
        private int size;

        Buffer(int capacity) {
            data = new int[Math.max(capacity, 4)];
        }

        void add(int cp) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = cp;
        }

        void add(int[] cps) {
            for (int cp : cps) {
                add(cp);
            }
        }

        void add(int[] cps, int from, int to) {
            for (int i = from; i < to; i++) {
                add(cps[i]);
            }
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }

    static int[] upper(int[] s) {
        Buffer b = new Buffer(s.length);
        for (int cp : s) {
            b.add(StrUnicode.upper(cp));
        }
        return b.toArray();
    }

    static int[] lower(int[] s) {
        Buffer b = new Buffer(s.length);
        for (int i = 0; i < s.length; i++) {
            b.add(lowerAt(s, i));
        }
        return b.toArray();
    }

    static int[] casefold(int[] s) {
        Buffer b = new Buffer(s.length);
        for (int cp : s) {
            b.add(StrUnicode.fold(cp));
        }
        return b.toArray();
    }

    static int[] swapcase(int[] s) {
        Buffer b = new Buffer(s.length);
        for (int i = 0; i < s.length; i++) {
            int cp = s[i];
            if (StrUnicode.isUpper(cp)) {
                b.add(lowerAt(s, i));
            } else if (StrUnicode.isLower(cp)) {
                b.add(StrUnicode.upper(cp));
            } else {
                b.add(cp);
            }
        }
        return b.toArray();
    }

    static int[] capitalize(int[] s) {
        Buffer b = new Buffer(s.length);
        for (int i = 0; i < s.length; i++) {
            b.add(i == 0 ? StrUnicode.title(s[0]) : lowerAt(s, i));
        }
        return b.toArray();
    }

    static int[] title(int[] s) {
        Buffer b = new Buffer(s.length);
        boolean previousCased = false;
        for (int i = 0; i < s.length; i++) {
            b.add(previousCased ? lowerAt(s, i) : StrUnicode.title(s[i]));
            previousCased = StrUnicode.isCased(s[i]);
        }
        return b.toArray();
    }

    /** lower_ucs4: capital sigma becomes final sigma after a cased letter and not before one (case-ignorables skipped). */
    private static int[] lowerAt(int[] s, int i) {
        int cp = s[i];
        if (cp != 0x3A3) {
            return StrUnicode.lower(cp);
        }
        int j = i - 1;
        while (j >= 0 && StrUnicode.isCaseIgnorable(s[j])) {
            j--;
        }
        boolean finalSigma = j >= 0 && StrUnicode.isCased(s[j]);
        if (finalSigma) {
            j = i + 1;
            while (j < s.length && StrUnicode.isCaseIgnorable(s[j])) {
                j++;
            }
            finalSigma = j == s.length || !StrUnicode.isCased(s[j]);
        }
        return new int[]{finalSigma ? 0x3C2 : 0x3C3};
    }

    static boolean isLower(int[] s) {
        boolean cased = false;
        for (int cp : s) {
            if (StrUnicode.isUpper(cp) || StrUnicode.isTitle(cp)) {
                return false;
            }
            cased |= StrUnicode.isLower(cp);
        }
        return cased;
    }

    static boolean isUpper(int[] s) {
        boolean cased = false;
        for (int cp : s) {
            if (StrUnicode.isLower(cp) || StrUnicode.isTitle(cp)) {
                return false;
            }
            cased |= StrUnicode.isUpper(cp);
        }
        return cased;
    }

    static boolean isTitle(int[] s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int cp : s) {
            if (StrUnicode.isUpper(cp) || StrUnicode.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (StrUnicode.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}

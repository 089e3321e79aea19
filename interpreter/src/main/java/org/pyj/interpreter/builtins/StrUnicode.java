package org.pyj.interpreter.builtins;

import java.util.Arrays;
import java.util.Locale;

import org.pyj.parser.LiteralRepr;

/**
 * The character classes and case mappings of CPython 3.11's unicodectype.c, built on Java's
 * Unicode tables. Java knows a newer Unicode than CPython 3.11's 14.0: a code point that 3.11
 * does not count as printable was unassigned (or a control/format/space character) there, so
 * it gets no letter, number or case properties here either.
 */
final class StrUnicode {
    private StrUnicode() {
    }

    /** Code points with Numeric_Type=Digit that are not decimal (superscripts, circled digits...), as ranges. */
    private static final int[] DIGIT_RANGES = {0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070,
        0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD,
        0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68, 0x11052,
        0x1105A, 0x1F100, 0x1F10A};

    /** Han ideographs with a numeric value (Unicode 14.0's kPrimaryNumeric etc.): numeric but category Lo. */
    private static final int[] HAN_NUMERIC = {0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D,
        0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D,
        0x5341, 0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE,
        0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE,
        0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD,
        0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390,
        0x22998, 0x23B1B, 0x2626D, 0x2F890};

    /** Assigned in Unicode 14.0 and not a control, format, surrogate, private-use or separator code point. */
    private static boolean known(int cp) {
        return cp < 0x7F ? cp >= 0x20 : LiteralRepr.isPrintable(cp);
    }

    /** Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs. */
    static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** The line boundaries of str.splitlines (Py_UNICODE_ISLINEBREAK). */
    static boolean isLineBreak(int cp) {
        return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    static boolean isPrintable(int cp) {
        return cp < 0x7F ? cp >= 0x20 : LiteralRepr.isPrintable(cp);
    }

    static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return known(cp) && Character.isLetter(cp);
    }

    static boolean isDecimal(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return known(cp) && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int cp) {
        return isDecimal(cp) || inRanges(DIGIT_RANGES, cp);
    }

    static boolean isNumeric(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        if (!known(cp)) {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || Arrays.binarySearch(HAN_NUMERIC, cp) >= 0;
    }

    static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp) || isDigit(cp);
    }

    /** The Lowercase property (Ll and Other_Lowercase; modifier letters that became Other_Lowercase after 14.0 excluded). */
    static boolean isLower(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z';
        }
        return known(cp) && Character.isLowerCase(cp) && cp != 0x10FC && !(cp >= 0xA7F2 && cp <= 0xA7F4) && cp != 0xAB69;
    }

    /** The Uppercase property (Lu and Other_Uppercase). */
    static boolean isUpper(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        return known(cp) && Character.isUpperCase(cp);
    }

    static boolean isTitle(int cp) {
        return cp >= 0x80 && known(cp) && Character.isTitleCase(cp);
    }

    static boolean isCased(int cp) {
        return isLower(cp) || isUpper(cp) || isTitle(cp);
    }

    /** Case_Ignorable: marks, format characters, modifiers, and the Word_Break MidLetter/MidNumLet/Single_Quote ones. */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            // U+1171E was a non-spacing mark in 14.0.
            case 0x1171E, 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                    0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                break;
        }
        if (cp < 0x80) {
            return cp == '^' || cp == '`';
        }
        if (!known(cp) && (Character.getType(cp) != Character.FORMAT || (cp >= 0x13439 && cp <= 0x1343F))) {
            // Unassigned in 14.0 (format characters are never printable; those of Unicode 15 excluded).
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    static boolean isXidStart(int cp) {
        if (cp < 0x80) {
            return isAlpha(cp);
        }
        return known(cp) && Character.isUnicodeIdentifierStart(cp) && !NOT_XID_START.contains(cp);
    }

    static boolean isXidContinue(int cp) {
        if (cp < 0x80) {
            return isAlpha(cp) || isDecimal(cp) || cp == '_';
        }
        return known(cp) && Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && !NOT_XID_CONTINUE.contains(cp);
    }

    /** ID_Start code points that are not XID_Start (NFKC closure), or only became ID_Start after 14.0. */
    private static final java.util.Set<Integer> NOT_XID_START = java.util.Set.of(0x37A, 0xE33, 0xEB3, 0x309B, 0x309C,
            0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78,
            0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F, 0x2E2F);

    /** ID_Continue code points that are not XID_Continue, or only became ID_Continue after 14.0. */
    private static final java.util.Set<Integer> NOT_XID_CONTINUE = java.util.Set.of(0x37A, 0x309B, 0x309C, 0xFC5E,
            0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A,
            0xFE7C, 0xFE7E, 0x2E2F, 0x30FB, 0xFF65);

    // ------------------------------------------------------------------ case mappings (full, SpecialCasing included)

    static int[] upper(int cp) {
        if (cp < 0x80) {
            return new int[]{cp >= 'a' && cp <= 'z' ? cp - 32 : cp};
        }
        if (!known(cp)) {
            return new int[]{cp};
        }
        return checked(cp, javaString(cp).toUpperCase(Locale.ROOT).codePoints().toArray());
    }

    /** A mapping to a code point 14.0 did not have was added later: 3.11 maps the code point to itself. */
    private static int[] checked(int cp, int[] mapped) {
        for (int m : mapped) {
            if (!known(m)) {
                return new int[]{cp};
            }
        }
        return mapped;
    }

    /** The full lowercase mapping of one code point (final sigma is the caller's business). */
    static int[] lower(int cp) {
        if (cp < 0x80) {
            return new int[]{cp >= 'A' && cp <= 'Z' ? cp + 32 : cp};
        }
        if (!known(cp)) {
            return new int[]{cp};
        }
        if (cp == 0x3A3) {
            return new int[]{0x3C3};
        }
        return checked(cp, javaString(cp).toLowerCase(Locale.ROOT).codePoints().toArray());
    }

    /** Full titlecase: the simple mapping, else the first of the uppercase letters followed by the rest lowercased. */
    static int[] title(int cp) {
        if (cp < 0x80) {
            return upper(cp);
        }
        if (!known(cp)) {
            return new int[]{cp};
        }
        switch (cp) {
            // SpecialCasing's title mappings that follow neither rule below.
            case 0x149: return new int[]{0x2BC, 0x4E};
            case 0x1FB2: return new int[]{0x1FBA, 0x345};
            case 0x1FB4: return new int[]{0x386, 0x345};
            case 0x1FB7: return new int[]{0x391, 0x342, 0x345};
            case 0x1FC2: return new int[]{0x1FCA, 0x345};
            case 0x1FC4: return new int[]{0x389, 0x345};
            case 0x1FC7: return new int[]{0x397, 0x342, 0x345};
            case 0x1FF2: return new int[]{0x1FFA, 0x345};
            case 0x1FF4: return new int[]{0x38F, 0x345};
            case 0x1FF7: return new int[]{0x3A9, 0x342, 0x345};
            default: break;
        }
        int[] up = upper(cp);
        int simple = Character.toTitleCase(cp);
        if (up.length == 1 || simple != cp || Character.isTitleCase(cp)) {
            return checked(cp, new int[]{simple});
        }
        int[] r = new int[up.length];
        r[0] = up[0];
        for (int i = 1; i < up.length; i++) {
            int[] l = lower(up[i]);
            r[i] = l.length == 1 ? l[0] : up[i];
        }
        return r;
    }

    /** Full case folding: the lowercase of the uppercase, but for Cherokee (folds to uppercase), ẞ and ı. */
    static int[] fold(int cp) {
        if (cp < 0x80) {
            return lower(cp);
        }
        if (!known(cp)) {
            return new int[]{cp};
        }
        if ((cp >= 0x13A0 && cp <= 0x13F5) || (cp >= 0x13F8 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) {
            return upper(cp);
        }
        if (cp == 0x1E9E) {
            return new int[]{'s', 's'};
        }
        if (cp == 0x131) {
            return new int[]{cp};
        }
        int[] up = upper(cp);
        int[] out = new int[0];
        for (int u : up) {
            int[] l = lower(u);
            int[] grown = Arrays.copyOf(out, out.length + l.length);
            System.arraycopy(l, 0, grown, out.length, l.length);
            out = grown;
        }
        return out;
    }

    private static String javaString(int cp) {
        return new String(Character.toChars(cp));
    }

    private static boolean inRanges(int[] ranges, int cp) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp < ranges[i]) {
                return false;
            }
            if (cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}

package org.pyj.interpreter.exceptions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PModule;

/**
 * The "Did you mean: 'x'?" that CPython 3.11's traceback display adds to a NameError or an
 * AttributeError raised by the interpreter (Python/suggestions.c): the closest name by an edit distance over UTF-8 bytes
 * where a case flip costs 1 and any other edit 2, searched in the raising code's local variable
 * names, then its globals, then builtins. A candidate qualifies if at most about a third of the
 * characters involved change; the first of equally close names wins.
 */
public final class NameSuggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private NameSuggestions() {
    }

    /**
     * The suggested name for {@code exc}, or null. Only an exact NameError or AttributeError with
     * a recorded name gets one. An AttributeError searches {@code dir(obj)}, for modules, classes
     * defined in Python and their instances (the dir of builtin objects is not complete yet).
     */
    @TruffleBoundary
    public static String forException(PBaseException exc) {
        if (exc.getType() == BuiltinTypes.ATTRIBUTE_ERROR && exc.getName() != null && exc.getObj() instanceof PModule m) {
            List<String> dir = keys(m);
            java.util.Collections.sort(dir);
            return closest(dir, exc.getName());
        }
        if (exc.getType() == BuiltinTypes.ATTRIBUTE_ERROR && exc.getName() != null && exc.getObj() != null
                && (org.pyj.interpreter.lib.ObjectProtocol.isUserObject(exc.getObj())
                        || exc.getObj() instanceof org.pyj.interpreter.runtime.PyType t && !t.isBuiltin())) {
            List<String> dir = new ArrayList<>();
            for (Object n : org.pyj.interpreter.builtins.ObjectBuiltins.dirNames(exc.getObj())) {
                dir.add(n.toString());
            }
            return closest(dir, exc.getName());
        }
        if (exc.getType() != BuiltinTypes.NAME_ERROR || exc.getName() == null || exc.getGlobals() == null) {
            return null;
        }
        String name = exc.getName();
        String found = closest(List.of(exc.getVarnames()), name);
        if (found == null) {
            found = closest(keys(exc.getGlobals()), name);
        }
        if (found == null && exc.getBuiltins() != null) {
            found = closest(keys(exc.getBuiltins()), name);
        }
        return found;
    }

    private static List<String> keys(PModule module) {
        List<String> names = new ArrayList<>();
        for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(module)) {
            if (key instanceof String s) {
                names.add(s);
            }
        }
        return names;
    }

    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] target = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] item = candidate.getBytes(StandardCharsets.UTF_8);
            int maxDistance = Math.min((target.length + item.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int distance = distance(target, item, maxDistance);
            if (distance <= maxDistance && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        return lower(a) == lower(b) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** The weighted edit distance, or any value above {@code maxCost} once it must exceed it. */
    static int distance(byte[] x, byte[] y, int maxCost) {
        int xStart = 0;
        int yStart = 0;
        int xEnd = x.length;
        int yEnd = y.length;
        // A shared prefix or suffix costs nothing.
        while (xStart < xEnd && yStart < yEnd && x[xStart] == y[yStart]) {
            xStart++;
            yStart++;
        }
        while (xStart < xEnd && yStart < yEnd && x[xEnd - 1] == y[yEnd - 1]) {
            xEnd--;
            yEnd--;
        }
        int xLen = xEnd - xStart;
        int yLen = yEnd - yStart;
        if (xLen == 0 || yLen == 0) {
            return (xLen + yLen) * MOVE_COST;
        }
        if (xLen > MAX_STRING_SIZE || yLen > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        // Let a be the shorter; keep one row of costs over it.
        byte[] a = x;
        int aStart = xStart;
        int aLen = xLen;
        byte[] b = y;
        int bStart = yStart;
        int bLen = yLen;
        if (yLen < xLen) {
            a = y;
            aStart = yStart;
            aLen = yLen;
            b = x;
            bStart = xStart;
            bLen = xLen;
        }
        if ((bLen - aLen) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[aLen];
        for (int i = 0; i < aLen; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int j = 0; j < bLen; j++) {
            byte code = b[bStart + j];
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int rowMinimum = Integer.MAX_VALUE;
            for (int i = 0; i < aLen; i++) {
                int substitute = diagonal + substitutionCost(code, a[aStart + i]);
                diagonal = row[i];
                int insertDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                rowMinimum = Math.min(rowMinimum, result);
            }
            if (rowMinimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}

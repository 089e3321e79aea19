package org.pyj.interpreter.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CPython's C3 linearization of a new class's bases (typeobject.c, mro_implementation). */
public final class Mro {
    private Mro() {
    }

    /** The MRO of {@code type}, or null when the bases admit none (the caller raises TypeError). */
    @TruffleBoundary
    public static PyType[] compute(PyType type, PyType[] bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) {
            sequences.add(new ArrayList<>(List.of(b.getMro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : sequences) {
                PyType head = seq.get(0);
                if (!inTail(sequences, head)) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                return null;
            }
            result.add(candidate);
            for (List<PyType> seq : sequences) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    /** The names CPython lists in "Cannot create a consistent method resolution order (MRO) for bases A, B". */
    @TruffleBoundary
    public static String conflictNames(PyType[] bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) {
            sequences.add(new ArrayList<>(List.of(b.getMro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        // Remove what C3 can place, then name the heads left (in order, once each).
        while (true) {
            sequences.removeIf(List::isEmpty);
            PyType candidate = null;
            for (List<PyType> seq : sequences) {
                if (!inTail(sequences, seq.get(0))) {
                    candidate = seq.get(0);
                    break;
                }
            }
            if (candidate == null) {
                break;
            }
            for (List<PyType> seq : sequences) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (List<PyType> seq : sequences) {
            names.add(seq.get(0).getName());
        }
        return String.join(", ", names);
    }

    private static boolean inTail(List<List<PyType>> sequences, PyType t) {
        for (List<PyType> seq : sequences) {
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) == t) {
                    return true;
                }
            }
        }
        return false;
    }
}

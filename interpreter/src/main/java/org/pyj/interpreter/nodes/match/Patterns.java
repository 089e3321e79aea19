package org.pyj.interpreter.nodes.match;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinComparisons;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.nodes.ExpressionNode;
import org.pyj.interpreter.builtins.ObjectBuiltins;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBigRange;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** The pattern kinds of PEP 634, with CPython 3.11's checks and errors. */
public final class Patterns {
    private Patterns() {
    }

    /** A literal or dotted name: {@code subject == value}. */
    public static final class Value extends PatternNode {
        @Child private ExpressionNode value;

        public Value(ExpressionNode value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] bindings) {
            return ObjectProtocol.compareBool(this, subject, value.execute(frame), CompareOp.EQ);
        }
    }

    /** {@code None}, {@code True}, {@code False}: identity. */
    public static final class Singleton extends PatternNode {
        private final Object value;

        public Singleton(Object value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] bindings) {
            return BuiltinComparisons.isSame(subject, value);
        }
    }

    /** {@code name}, {@code _}, {@code pattern as name}. */
    public static final class As extends PatternNode {
        @Child private PatternNode pattern;
        /** The binding index, or -1 for the wildcard. */
        private final int index;

        public As(PatternNode pattern, int index) {
            this.pattern = pattern;
            this.index = index;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] bindings) {
            if (pattern != null && !pattern.match(frame, subject, bindings)) {
                return false;
            }
            if (index >= 0) {
                bindings[index] = subject;
            }
            return true;
        }
    }

    /** {@code p1 | p2 | ...}: the first alternative that matches. */
    public static final class Or extends PatternNode {
        @Children private final PatternNode[] alternatives;

        public Or(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] bindings) {
            for (PatternNode p : alternatives) {
                if (p.match(frame, subject, bindings)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code [p1, *rest, p2]}: a sequence (not str, bytes or a mapping) of the right length. */
    public static final class Sequence extends PatternNode {
        @Children private final PatternNode[] elements;
        /** The index of the starred element, or -1. */
        private final int star;
        /** The starred element's binding index, or -1 for {@code *_}. */
        private final int starBinding;

        public Sequence(PatternNode[] elements, int star, int starBinding) {
            this.elements = elements;
            this.star = star;
            this.starBinding = starBinding;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] bindings) {
            Object[] items = items(this, subject);
            if (items == null) {
                return false;
            }
            int fixed = star < 0 ? elements.length : elements.length - 1;
            if (star < 0 ? items.length != fixed : items.length < fixed) {
                return false;
            }
            int after = star < 0 ? 0 : elements.length - star - 1;
            for (int i = 0; i < elements.length; i++) {
                if (i == star) {
                    if (starBinding >= 0) {
                        bindings[starBinding] = new PList(java.util.Arrays.copyOfRange(items, star, items.length - after));
                    }
                    continue;
                }
                Object item = star >= 0 && i > star ? items[items.length - (elements.length - i)] : items[i];
                if (!elements[i].match(frame, item, bindings)) {
                    return false;
                }
            }
            return true;
        }

        /** The subject's items if it is a sequence for matching purposes, else null. */
        @TruffleBoundary
        private static Object[] items(Node location, Object subject) {
            if (subject instanceof PList l) {
                return l.toArray();
            } else if (subject instanceof PTuple t) {
                return t.getItems();
            } else if (subject instanceof PRange || subject instanceof PBigRange) {
                return Containers.toArray(location, subject);
            }
            return null;
        }
    }

    /** {@code {key: p, **rest}}: a mapping with every key. */
    public static final class Mapping extends PatternNode {
        @Children private final ExpressionNode[] keys;
        @Children private final PatternNode[] values;
        /** The binding index of {@code **rest}, or -1. */
        private final int rest;

        public Mapping(ExpressionNode[] keys, PatternNode[] values, int rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] bindings) {
            if (!(subject instanceof PDict dict)) {
                return false;
            }
            Object[] keyValues = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keyValues[i] = keys[i].execute(frame);
            }
            Object[] found = lookup(this, dict, keyValues);
            if (found == null) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (!values[i].match(frame, found[i], bindings)) {
                    return false;
                }
            }
            if (rest >= 0) {
                bindings[rest] = remaining(dict, keyValues);
            }
            return true;
        }

        @TruffleBoundary
        private static Object[] lookup(Node location, PDict dict, Object[] keys) {
            Object[] out = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (ObjectProtocol.itemEquals(location, keys[j], keys[i])) {
                        throw PythonErrors.valueError(location, "mapping pattern checks duplicate key (%s)",
                                PyStr.toJava(ObjectProtocol.repr(location, keys[i])));
                    }
                }
                Object v = dict.getItem(location, keys[i]);
                if (v == null && !dict.getPythonType().isBuiltin() && dict.getPythonType().lookup("__missing__") != null) {
                    try {
                        v = PyObjectItems.getItem(location, dict, keys[i]);
                    } catch (PException e) {
                        v = null;
                    }
                }
                if (v == null) {
                    return null;
                }
                out[i] = v;
            }
            return out;
        }

        @TruffleBoundary
        private static PDict remaining(PDict dict, Object[] keys) {
            PDict r = new PDict();
            r.putAll(dict);
            for (Object k : keys) {
                r.removeItem(k);
            }
            return r;
        }
    }

    /** {@code Cls(p1, p2, attr=p3)}: an instance whose {@code __match_args__} attributes match. */
    public static final class ClassPattern extends PatternNode {
        @Child private ExpressionNode cls;
        @Children private final PatternNode[] positional;
        @CompilationFinal(dimensions = 1) private final String[] keywordNames;
        @Children private final PatternNode[] keywordPatterns;

        public ClassPattern(ExpressionNode cls, PatternNode[] positional, String[] keywordNames, PatternNode[] keywordPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.keywordNames = keywordNames;
            this.keywordPatterns = keywordPatterns;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] bindings) {
            Object type = cls.execute(frame);
            if (!(type instanceof PyType t)) {
                throw PythonErrors.typeError(this, "called match pattern must be a class");
            }
            if (!ObjectBuiltins.isInstance(this, subject, t)) {
                return false;
            }
            Object[] values = attributes(this, subject, t, positional.length, keywordNames);
            if (values == null) {
                return false;
            }
            for (int i = 0; i < positional.length; i++) {
                if (!positional[i].match(frame, values[i], bindings)) {
                    return false;
                }
            }
            for (int i = 0; i < keywordPatterns.length; i++) {
                if (!keywordPatterns[i].match(frame, values[positional.length + i], bindings)) {
                    return false;
                }
            }
            return true;
        }

        /** The builtins that match themselves with one positional sub-pattern (MATCH_SELF). */
        private static boolean matchesSelf(PyType t) {
            return t == BuiltinTypes.BOOL || t == BuiltinTypes.DICT || t == BuiltinTypes.FLOAT || t == BuiltinTypes.FROZENSET
                    || t == BuiltinTypes.INT || t == BuiltinTypes.LIST || t == BuiltinTypes.SET || t == BuiltinTypes.STR
                    || t == BuiltinTypes.TUPLE;
        }

        /** The values the sub-patterns apply to, in order, or null when an attribute is missing. */
        @TruffleBoundary
        private static Object[] attributes(Node location, Object subject, PyType t, int npositional, String[] keywords) {
            List<String> names = new ArrayList<>();
            Object[] out = new Object[npositional + keywords.length];
            int start = 0;
            if (npositional > 0) {
                Object matchArgs = ObjectProtocol.lookupAttr(location, t, "__match_args__");
                if (matchArgs == null && matchesSelf(t)) {
                    if (npositional > 1) {
                        throw PythonErrors.typeError(location, "%s() accepts 1 positional sub-pattern (%d given)", t.getName(),
                                npositional);
                    }
                    out[0] = subject;
                    start = 1;
                } else {
                    Object[] args = matchArgs == null ? new Object[0] : matchArgs instanceof PTuple mt ? mt.getItems() : null;
                    if (args == null) {
                        throw PythonErrors.typeError(location, "%s.__match_args__ must be a tuple (got %s)", t.getName(),
                                PythonTypeOf.typeName(matchArgs));
                    }
                    if (npositional > args.length) {
                        throw PythonErrors.typeError(location, "%s() accepts %d positional sub-pattern%s (%d given)", t.getName(),
                                args.length, args.length == 1 ? "" : "s", npositional);
                    }
                    for (int i = 0; i < npositional; i++) {
                        if (!(args[i] instanceof TruffleString s)) {
                            throw PythonErrors.typeError(location, "__match_args__ elements must be strings (got %s)",
                                    PythonTypeOf.typeName(args[i]));
                        }
                        names.add(PyStr.toJava(s));
                    }
                }
            }
            for (String k : keywords) {
                if (names.contains(k)) {
                    throw PythonErrors.typeError(location, "%s() got multiple sub-patterns for attribute '%s'", t.getName(), k);
                }
                names.add(k);
            }
            for (int i = start; i < out.length; i++) {
                Object v = ObjectProtocol.lookupAttr(location, subject, names.get(i - start));
                if (v == null) {
                    return null;
                }
                out[i] = v;
            }
            return out;
        }
    }
}

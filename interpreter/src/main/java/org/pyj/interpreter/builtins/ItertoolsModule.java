package org.pyj.interpreter.builtins;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;

/**
 * The {@code itertools} module (CPython's Modules/itertoolsmodule.c): each tool is a type whose
 * instances are lazy iterators ({@link LazyIterator} inside a {@code PIterator.JavaIterator}),
 * consuming their arguments exactly as CPython's do, with CPython's error messages.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    private static PyType type(String name) {
        return new PyType(name, "itertools", BuiltinTypes.OBJECT);
    }

    static final PyType COUNT = type("count");
    static final PyType CYCLE = type("cycle");
    static final PyType REPEAT = type("repeat");
    static final PyType ACCUMULATE = type("accumulate");
    static final PyType CHAIN = type("chain");
    static final PyType COMPRESS = type("compress");
    static final PyType DROPWHILE = type("dropwhile");
    static final PyType TAKEWHILE = type("takewhile");
    static final PyType FILTERFALSE = type("filterfalse");
    static final PyType GROUPBY = type("groupby");
    static final PyType GROUPER = type("_grouper");
    static final PyType ISLICE = type("islice");
    static final PyType PAIRWISE = type("pairwise");
    static final PyType STARMAP = type("starmap");
    static final PyType TEE = type("_tee");
    static final PyType ZIP_LONGEST = type("zip_longest");
    static final PyType PRODUCT = type("product");
    static final PyType PERMUTATIONS = type("permutations");
    static final PyType COMBINATIONS = type("combinations");
    static final PyType COMBINATIONS_WITH_REPLACEMENT = type("combinations_with_replacement");

    private static final PyType[] TYPES = {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
        FILTERFALSE, GROUPBY, GROUPER, ISLICE, PAIRWISE, STARMAP, TEE, ZIP_LONGEST, PRODUCT, PERMUTATIONS, COMBINATIONS,
        COMBINATIONS_WITH_REPLACEMENT};

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("itertools");
        PyjContext.put(module, "__name__", PyStr.fromJava("itertools"));
        for (PyType t : TYPES) {
            context.defineMethods(t, IteratorBuiltins.iteratorMethods(t));
            if (t != GROUPER && t != TEE) {
                PyjContext.put(module, t.getName(), t);
            }
        }
        installConstructors(context);
        PyjContext.put(module, "tee", context.makeBuiltin(JavaBuiltin.function("tee", "iterable, n=2, /",
                (loc, a) -> tee(loc, a[0], a[1])), "itertools"));
        return module;
    }

    private static PIterator.JavaIterator lazy(PyType type, java.util.Iterator<Object> it) {
        return new PIterator.JavaIterator(it, type, null, null);
    }

    /** The state of a tool, reached from its iterator object (for repr, __length_hint__...). */
    @SuppressWarnings("unchecked")
    private static <T> T state(Object self) {
        return (T) ((PIterator.JavaIterator) self).getIterator();
    }

    /** The next value of a Python iterator, or null at its end. */
    private static Object nextOf(Node loc, Object it) {
        return Containers.next(loc, it);
    }

    private static boolean truth(Node loc, Object o) {
        return ObjectProtocol.isTrue(loc, o);
    }

    private static void installConstructors(PyjContext context) {
        context.setConstructor(COUNT, JavaBuiltin.function("count", "cls, /, start=0, step=1", (loc, a) -> {
            if (!isNumber(loc, a[1]) || !isNumber(loc, a[2])) {
                throw PythonErrors.typeError(loc, "a number is required");
            }
            return lazy(COUNT, new Count(loc, a[1], a[2]));
        }));
        context.defineMethods(COUNT, List.of(JavaBuiltin.method(COUNT, "__repr__", "self", (loc, a) -> {
            Count c = state(a[0]);
            String start = PyStr.toJava(ObjectProtocol.repr(loc, c.value));
            boolean unitStep = (c.step instanceof Long || c.step instanceof Integer) && ((Number) c.step).longValue() == 1;
            return PyStr.fromJava(unitStep ? "count(" + start + ")"
                    : "count(" + start + ", " + PyStr.toJava(ObjectProtocol.repr(loc, c.step)) + ")");
        })));

        context.setConstructor(CYCLE, JavaBuiltin.function("cycle", "cls, iterable, /", (loc, a) -> {
            Object it = Containers.getIter(loc, a[1]);
            return lazy(CYCLE, new LazyIterator() {
                final List<Object> saved = new ArrayList<>();
                boolean firstPass = true;
                int index;

                @Override
                protected Object compute() {
                    if (firstPass) {
                        Object v = nextOf(loc, it);
                        if (v != null) {
                            saved.add(v);
                            return v;
                        }
                        firstPass = false;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    Object v = saved.get(index);
                    index = (index + 1) % saved.size();
                    return v;
                }
            });
        }));

        context.setConstructor(REPEAT, JavaBuiltin.function("repeat", "cls, /, object, times=?", (loc, a) -> {
            long times = -1;
            if (given(a[2])) {
                times = Math.max(0, org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]));
            }
            return lazy(REPEAT, new Repeat(a[1], times));
        }));
        context.defineMethods(REPEAT, List.of(
                JavaBuiltin.method(REPEAT, "__repr__", "self", (loc, a) -> {
                    Repeat r = state(a[0]);
                    String obj = PyStr.toJava(ObjectProtocol.repr(loc, r.object));
                    return PyStr.fromJava(r.remaining < 0 ? "repeat(" + obj + ")" : "repeat(" + obj + ", " + r.remaining + ")");
                }),
                JavaBuiltin.method(REPEAT, "__length_hint__", "self", (loc, a) -> {
                    Repeat r = state(a[0]);
                    if (r.remaining < 0) {
                        throw PythonErrors.typeError(loc, "len() of unsized object");
                    }
                    return r.remaining;
                })));

        context.setConstructor(ACCUMULATE, JavaBuiltin.function("accumulate", "cls, /, iterable, func=None, *, initial=None",
                (loc, a) -> {
                    Object it = Containers.getIter(loc, a[1]);
                    Object func = a[2];
                    Object initial = a[3];
                    return lazy(ACCUMULATE, new LazyIterator() {
                        Object total = initial == PNone.NONE ? null : initial;
                        boolean initialPending = initial != PNone.NONE;

                        @Override
                        protected Object compute() {
                            if (initialPending) {
                                initialPending = false;
                                return total;
                            }
                            Object v = nextOf(loc, it);
                            if (v == null) {
                                return null;
                            }
                            if (total == null) {
                                total = v;
                            } else {
                                total = func == PNone.NONE ? BuiltinArithmetic.add(loc, total, v) : ObjectProtocol.call(loc, func, total, v);
                            }
                            return total;
                        }
                    });
                }));

        context.setConstructor(CHAIN, JavaBuiltin.function("chain", "cls, *iterables", (loc, a) ->
                lazy(CHAIN, new Chain(loc, Containers.getIter(loc, a[1])))));
        context.defineMethods(CHAIN, List.of(JavaBuiltin.function("from_iterable", "cls, iterable, /",
                (loc, a) -> lazy(CHAIN, new Chain(loc, Containers.getIter(loc, a[1]))))));
        CHAIN.define("from_iterable", PDescriptors.PClassMethod.ofBuiltin(CHAIN, "from_iterable"));

        context.setConstructor(COMPRESS, JavaBuiltin.function("compress", "cls, /, data, selectors", (loc, a) -> {
            Object data = Containers.getIter(loc, a[1]);
            Object selectors = Containers.getIter(loc, a[2]);
            return lazy(COMPRESS, new LazyIterator() {
                @Override
                protected Object compute() {
                    while (true) {
                        Object d = nextOf(loc, data);
                        if (d == null) {
                            return null;
                        }
                        Object s = nextOf(loc, selectors);
                        if (s == null) {
                            return null;
                        }
                        if (truth(loc, s)) {
                            return d;
                        }
                    }
                }
            });
        }));

        context.setConstructor(DROPWHILE, JavaBuiltin.function("dropwhile", "cls, predicate, iterable, /", (loc, a) -> {
            Object pred = a[1];
            Object it = Containers.getIter(loc, a[2]);
            return lazy(DROPWHILE, new LazyIterator() {
                boolean dropping = true;

                @Override
                protected Object compute() {
                    while (true) {
                        Object v = nextOf(loc, it);
                        if (v == null) {
                            return null;
                        }
                        if (!dropping || !truth(loc, ObjectProtocol.call(loc, pred, v))) {
                            dropping = false;
                            return v;
                        }
                    }
                }
            });
        }));

        context.setConstructor(TAKEWHILE, JavaBuiltin.function("takewhile", "cls, predicate, iterable, /", (loc, a) -> {
            Object pred = a[1];
            Object it = Containers.getIter(loc, a[2]);
            return lazy(TAKEWHILE, new LazyIterator() {
                @Override
                protected Object compute() {
                    Object v = nextOf(loc, it);
                    if (v == null || !truth(loc, ObjectProtocol.call(loc, pred, v))) {
                        return null;
                    }
                    return v;
                }
            });
        }));

        context.setConstructor(FILTERFALSE, JavaBuiltin.function("filterfalse", "cls, function, iterable, /", (loc, a) -> {
            Object func = a[1];
            Object it = Containers.getIter(loc, a[2]);
            return lazy(FILTERFALSE, new LazyIterator() {
                @Override
                protected Object compute() {
                    while (true) {
                        Object v = nextOf(loc, it);
                        if (v == null) {
                            return null;
                        }
                        boolean t = func == PNone.NONE ? truth(loc, v) : truth(loc, ObjectProtocol.call(loc, func, v));
                        if (!t) {
                            return v;
                        }
                    }
                }
            });
        }));

        context.setConstructor(STARMAP, JavaBuiltin.function("starmap", "cls, function, iterable, /", (loc, a) -> {
            Object func = a[1];
            Object it = Containers.getIter(loc, a[2]);
            return lazy(STARMAP, new LazyIterator() {
                @Override
                protected Object compute() {
                    Object args = nextOf(loc, it);
                    if (args == null) {
                        return null;
                    }
                    return ObjectProtocol.call(loc, func, Containers.toArray(loc, args));
                }
            });
        }));

        context.setConstructor(PAIRWISE, JavaBuiltin.function("pairwise", "cls, iterable, /", (loc, a) -> {
            Object it = Containers.getIter(loc, a[1]);
            return lazy(PAIRWISE, new LazyIterator() {
                Object old;

                @Override
                protected Object compute() {
                    if (old == null) {
                        old = nextOf(loc, it);
                        if (old == null) {
                            return null;
                        }
                    }
                    Object v = nextOf(loc, it);
                    if (v == null) {
                        return null;
                    }
                    Object[] pair = {old, v};
                    old = v;
                    return new PTuple(pair);
                }
            });
        }));

        context.setConstructor(ZIP_LONGEST, JavaBuiltin.function("zip_longest", "cls, *iterables, fillvalue=None", (loc, a) -> {
            Object[] sources = ((PTuple) a[1]).getItems();
            Object[] its = new Object[sources.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Containers.getIter(loc, sources[i]);
            }
            Object fill = a[2];
            return lazy(ZIP_LONGEST, new LazyIterator() {
                int active = its.length;

                @Override
                protected Object compute() {
                    if (its.length == 0 || active == 0) {
                        return null;
                    }
                    Object[] row = new Object[its.length];
                    for (int i = 0; i < its.length; i++) {
                        Object v = its[i] == null ? null : nextOf(loc, its[i]);
                        if (v == null) {
                            if (its[i] != null) {
                                its[i] = null;
                                active--;
                                if (active == 0) {
                                    return null;
                                }
                            }
                            v = fill;
                        }
                        row[i] = v;
                    }
                    return new PTuple(row);
                }
            });
        }));

        context.setConstructor(GROUPBY, JavaBuiltin.function("groupby", "cls, /, iterable, key=None", (loc, a) ->
                lazy(GROUPBY, new GroupBy(loc, Containers.getIter(loc, a[1]), a[2]))));

        context.setConstructor(ISLICE, JavaBuiltin.function("islice", "cls, iterable, /, *args", (loc, a) -> islice(loc, a[1],
                ((PTuple) a[2]).getItems())));

        context.setConstructor(PRODUCT, JavaBuiltin.function("product", "cls, *iterables, repeat=1", (loc, a) -> {
            long repeat = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]);
            if (repeat < 0) {
                throw PythonErrors.valueError(loc, "repeat argument cannot be negative");
            }
            Object[] sources = ((PTuple) a[1]).getItems();
            Object[][] pools = new Object[(int) (sources.length * repeat)][];
            for (int i = 0; i < sources.length; i++) {
                Object[] pool = Containers.toArray(loc, sources[i]);
                for (int r = 0; r < repeat; r++) {
                    pools[r * sources.length + i] = pool;
                }
            }
            return lazy(PRODUCT, new Product(pools));
        }));

        context.setConstructor(PERMUTATIONS, JavaBuiltin.function("permutations", "cls, /, iterable, r=None", (loc, a) -> {
            Object[] pool = Containers.toArray(loc, a[1]);
            int r = pool.length;
            if (a[2] != PNone.NONE) {
                long given = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]);
                if (given < 0) {
                    throw PythonErrors.valueError(loc, "r must be non-negative");
                }
                r = (int) Math.min(given, Integer.MAX_VALUE);
            }
            return lazy(PERMUTATIONS, new Permutations(pool, r));
        }));

        context.setConstructor(COMBINATIONS, JavaBuiltin.function("combinations", "cls, /, iterable, r", (loc, a) -> {
            Object[] pool = Containers.toArray(loc, a[1]);
            long r = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]);
            if (r < 0) {
                throw PythonErrors.valueError(loc, "r must be non-negative");
            }
            return lazy(COMBINATIONS, new Combinations(pool, (int) Math.min(r, Integer.MAX_VALUE), false));
        }));

        context.setConstructor(COMBINATIONS_WITH_REPLACEMENT, JavaBuiltin.function("combinations_with_replacement",
                "cls, /, iterable, r", (loc, a) -> {
                    Object[] pool = Containers.toArray(loc, a[1]);
                    long r = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]);
                    if (r < 0) {
                        throw PythonErrors.valueError(loc, "r must be non-negative");
                    }
                    return lazy(COMBINATIONS_WITH_REPLACEMENT, new Combinations(pool, (int) Math.min(r, Integer.MAX_VALUE), true));
                }));
        context.defineMethods(TEE, List.of(JavaBuiltin.method(TEE, "__copy__", "self", (loc, a) -> {
            Tee t = state(a[0]);
            return lazy(TEE, new Tee(t.shared, t.position));
        })));
    }

    /** PyNumber_Check, as count() asks it of its arguments. */
    private static boolean isNumber(Node loc, Object o) {
        Object v = org.pyj.interpreter.runtime.PValueInstance.unwrap(o);
        if (BuiltinArithmetic.isNumber(v) || v instanceof org.pyj.interpreter.runtime.PComplex) {
            return true;
        }
        if (ObjectProtocol.isUserObject(o)) {
            for (String m : new String[]{"__index__", "__int__", "__float__", "__complex__"}) {
                if (ObjectProtocol.lookupSpecial(o, m) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    static final class Count extends LazyIterator {
        private final Node loc;
        Object value;
        final Object step;

        Count(Node loc, Object start, Object step) {
            this.loc = loc;
            this.value = start;
            this.step = step;
        }

        @Override
        protected Object compute() {
            Object v = value;
            value = BuiltinArithmetic.add(loc, value, step);
            return v;
        }
    }

    static final class Repeat extends LazyIterator {
        final Object object;
        /** Repetitions left; -1 for forever. */
        long remaining;

        Repeat(Object object, long times) {
            this.object = object;
            this.remaining = times;
        }

        @Override
        protected Object compute() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return object;
        }
    }

    static final class Chain extends LazyIterator {
        private final Node loc;
        private final Object sources;
        private Object current;

        Chain(Node loc, Object sources) {
            this.loc = loc;
            this.sources = sources;
        }

        @Override
        protected Object compute() {
            while (true) {
                if (current == null) {
                    Object source = nextOf(loc, sources);
                    if (source == null) {
                        return null;
                    }
                    current = Containers.getIter(loc, source);
                }
                Object v = nextOf(loc, current);
                if (v != null) {
                    return v;
                }
                current = null;
            }
        }
    }

    /**
     * groupby (CPython's groupby_next and _grouper_next): the outer iterator; the current group's
     * _grouper reads the same underlying iterator, and stops once the outer one moves on.
     */
    static final class GroupBy extends LazyIterator {
        private final Node loc;
        private final Object it;
        private final Object keyFunc;
        /** The key and value last read; the value is null once a grouper handed it out. */
        Object currKey;
        Object currValue;
        private Object targetKey;
        Grouper currentGrouper;

        GroupBy(Node loc, Object it, Object keyFunc) {
            this.loc = loc;
            this.it = it;
            this.keyFunc = keyFunc;
        }

        /** Reads the next value and its key; false at the end. */
        boolean step() {
            Object v = nextOf(loc, it);
            if (v == null) {
                return false;
            }
            Object key = keyFunc == PNone.NONE ? v : ObjectProtocol.call(loc, keyFunc, v);
            currValue = v;
            currKey = key;
            return true;
        }

        boolean sameKey(Object a, Object b) {
            return a == b || ObjectProtocol.compareBool(loc, a, b, CompareOp.EQ);
        }

        @Override
        protected Object compute() {
            currentGrouper = null;
            while (true) {
                if (currKey != null && (targetKey == null || !sameKey(targetKey, currKey))) {
                    break;
                }
                if (!step()) {
                    return null;
                }
            }
            targetKey = currKey;
            Grouper g = new Grouper(this, targetKey);
            currentGrouper = g;
            return new PTuple(new Object[]{currKey, lazy(GROUPER, g)});
        }
    }

    static final class Grouper extends LazyIterator {
        private final GroupBy parent;
        private final Object key;

        Grouper(GroupBy parent, Object key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        protected Object compute() {
            if (parent.currentGrouper != this) {
                return null;
            }
            if (parent.currValue == null && !parent.step()) {
                return null;
            }
            if (!parent.sameKey(key, parent.currKey)) {
                return null;
            }
            Object v = parent.currValue;
            parent.currValue = null;
            return v;
        }
    }

    private static Object islice(Node loc, Object iterable, Object[] args) {
        if (args.length == 0) {
            throw PythonErrors.typeError(loc, "islice expected at least 2 arguments, got 1");
        } else if (args.length > 3) {
            throw PythonErrors.typeError(loc, "islice expected at most 4 arguments, got %d", args.length + 1);
        }
        long start = 0;
        long stop;
        long step = 1;
        if (args.length == 1) {
            stop = sliceIndex(loc, args[0], -1, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            String msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            start = sliceIndex(loc, args[0], 0, msg);
            stop = sliceIndex(loc, args[1], -1, msg);
            if (args.length == 3) {
                step = sliceIndex(loc, args[2], 1, "Step for islice() must be a positive integer or None.");
                if (step < 1) {
                    throw PythonErrors.valueError(loc, "Step for islice() must be a positive integer or None.");
                }
            }
        }
        Object it = Containers.getIter(loc, iterable);
        final long startIndex = start;
        final long stopIndex = stop;
        final long stepSize = step;
        return lazy(ISLICE, new LazyIterator() {
            long count;
            long nextIndex = startIndex;
            boolean done;

            @Override
            protected Object compute() {
                if (done) {
                    return null;
                }
                while (count < nextIndex) {
                    if (nextOf(loc, it) == null) {
                        done = true;
                        return null;
                    }
                    count++;
                }
                if (stopIndex != -1 && count >= stopIndex) {
                    done = true;
                    return null;
                }
                Object v = nextOf(loc, it);
                if (v == null) {
                    done = true;
                    return null;
                }
                count++;
                long old = nextIndex;
                nextIndex += stepSize;
                if (nextIndex < old || (stopIndex != -1 && nextIndex > stopIndex)) {
                    nextIndex = stopIndex;
                }
                return v;
            }
        });
    }

    /** An islice argument: None gives {@code ifNone}; else an int in [0, sys.maxsize]. */
    private static long sliceIndex(Node loc, Object o, long ifNone, String message) {
        if (o == PNone.NONE) {
            return ifNone;
        }
        if (!ObjectProtocol.isIndex(o)) {
            throw PythonErrors.valueError(loc, "%s", message);
        }
        Object v = BuiltinArithmetic.isInt(o) ? o : org.pyj.interpreter.lib.PyNumberIndexNode.indexSlowPath(loc, o);
        if (v instanceof org.pyj.interpreter.runtime.PInt big) {
            if (big.getValue().signum() < 0) {
                throw PythonErrors.valueError(loc, "%s", message);
            }
            return Long.MAX_VALUE;
        }
        long n = v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue();
        if (n < 0) {
            throw PythonErrors.valueError(loc, "%s", message);
        }
        return n;
    }

    /** product: an odometer over the pools, rightmost fastest. */
    static final class Product extends LazyIterator {
        private final Object[][] pools;
        private int[] indices;
        private boolean done;

        Product(Object[][] pools) {
            this.pools = pools;
            for (Object[] p : pools) {
                if (p.length == 0) {
                    done = true;
                }
            }
        }

        @Override
        protected Object compute() {
            if (done) {
                return null;
            }
            if (indices == null) {
                indices = new int[pools.length];
            } else {
                int i = pools.length - 1;
                while (i >= 0 && ++indices[i] == pools[i].length) {
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            Object[] row = new Object[pools.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = pools[i][indices[i]];
            }
            return new PTuple(row);
        }
    }

    /** permutations: CPython's algorithm (indices and cycles), so the order is the same. */
    static final class Permutations extends LazyIterator {
        private final Object[] pool;
        private final int r;
        private final int[] indices;
        private final int[] cycles;
        private boolean first = true;
        private boolean done;

        Permutations(Object[] pool, int r) {
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            this.done = r > n;
            this.indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            this.cycles = new int[Math.max(0, Math.min(r, n))];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
        }

        @Override
        protected Object compute() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (!first) {
                int i = r - 1;
                for (; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int moved = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = moved;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        break;
                    }
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            first = false;
            Object[] row = new Object[r];
            for (int k = 0; k < r; k++) {
                row[k] = pool[indices[k]];
            }
            return new PTuple(row);
        }
    }

    /** combinations and combinations_with_replacement, in CPython's (lexicographic) order. */
    static final class Combinations extends LazyIterator {
        private final Object[] pool;
        private final int r;
        private final boolean replacement;
        private final int[] indices;
        private boolean first = true;
        private boolean done;

        Combinations(Object[] pool, int r, boolean replacement) {
            this.pool = pool;
            this.r = r;
            this.replacement = replacement;
            int n = pool.length;
            this.done = replacement ? (n == 0 && r > 0) : r > n;
            this.indices = new int[done ? 0 : r];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = replacement ? 0 : i;
            }
        }

        @Override
        protected Object compute() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (!first) {
                int i = r - 1;
                if (replacement) {
                    while (i >= 0 && indices[i] == n - 1) {
                        i--;
                    }
                    if (i < 0) {
                        done = true;
                        return null;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = v;
                    }
                } else {
                    while (i >= 0 && indices[i] == i + n - r) {
                        i--;
                    }
                    if (i < 0) {
                        done = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
            }
            first = false;
            Object[] row = new Object[r];
            for (int k = 0; k < r; k++) {
                row[k] = pool[indices[k]];
            }
            return new PTuple(row);
        }
    }

    /** The values of one iterator shared by several tee objects, kept until all have read them. */
    static final class TeeShared {
        final Node loc;
        final Object it;
        final List<Object> values = new ArrayList<>();
        /** The index in the whole sequence of {@code values.get(0)}. */
        long base;
        final List<Tee> readers = new ArrayList<>();
        boolean exhausted;

        TeeShared(Node loc, Object it) {
            this.loc = loc;
            this.it = it;
        }

        Object get(long position) {
            while (position - base >= values.size()) {
                if (exhausted) {
                    return null;
                }
                Object v = nextOf(loc, it);
                if (v == null) {
                    exhausted = true;
                    return null;
                }
                values.add(v);
            }
            return values.get((int) (position - base));
        }

        /** Drops what every reader has read. */
        void trim() {
            long min = Long.MAX_VALUE;
            for (Tee t : readers) {
                min = Math.min(min, t.position);
            }
            int drop = (int) Math.min(values.size(), min - base);
            if (drop > 64) {
                values.subList(0, drop).clear();
                base += drop;
            }
        }
    }

    static final class Tee extends LazyIterator {
        final TeeShared shared;
        long position;

        Tee(TeeShared shared, long position) {
            this.shared = shared;
            this.position = position;
            shared.readers.add(this);
        }

        @Override
        protected Object compute() {
            Object v = shared.get(position);
            if (v != null) {
                position++;
                shared.trim();
            }
            return v;
        }
    }

    private static Object tee(Node loc, Object iterable, Object nArg) {
        long n = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, nArg);
        if (n < 0) {
            throw PythonErrors.valueError(loc, "n must be >= 0");
        }
        Object[] out = new Object[(int) n];
        if (n == 0) {
            return PTuple.EMPTY;
        }
        Object it = Containers.getIter(loc, iterable);
        Object copyable = ObjectProtocol.lookupAttr(loc, it, "__copy__");
        if (copyable != null) {
            // An iterator that can copy itself (a tee) is copied, as CPython's tee does.
            out[0] = it;
            for (int i = 1; i < n; i++) {
                out[i] = ObjectProtocol.call(loc, copyable);
            }
            return new PTuple(out);
        }
        TeeShared shared = new TeeShared(loc, it);
        for (int i = 0; i < n; i++) {
            out[i] = lazy(TEE, new Tee(shared, 0));
        }
        return new PTuple(out);
    }

}

package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.BuiltinComparisons;
import org.pyj.interpreter.lib.CompareOp;
import org.pyj.interpreter.lib.PyObjectReprNode;
import org.pyj.interpreter.lib.PyObjectReprNodeGen;
import org.pyj.interpreter.lib.PyObjectSizeNode;
import org.pyj.interpreter.lib.PyObjectSizeNodeGen;
import org.pyj.interpreter.lib.PyObjectStrNode;
import org.pyj.interpreter.lib.PyObjectStrNodeGen;
import org.pyj.interpreter.lib.PyIterNextNode;
import org.pyj.interpreter.lib.PyIterNextNodeGen;
import org.pyj.interpreter.lib.PyObjectGetIterNode;
import org.pyj.interpreter.lib.PyObjectGetIterNodeGen;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;
import org.pyj.interpreter.runtime.Signature;

/** The functions of the {@code builtins} module (types such as int and str are in {@link TypeConstructors}). */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    public static List<BuiltinSpec> specs() {
        List<BuiltinSpec> specs = new java.util.ArrayList<>(functions());
        specs.addAll(CharacterBuiltins.specs());
        specs.addAll(IntegerTextBuiltins.specs());
        specs.addAll(PredicateBuiltins.specs());
        specs.add(SumBuiltin.spec());
        specs.addAll(IteratorBuiltins.specs());
        specs.add(RoundBuiltin.spec());
        return specs;
    }

    private static List<BuiltinSpec> functions() {
        return List.of(
                new BuiltinSpec("print", new Signature("print", new String[]{"args", "sep", "end", "file", "flush"},
                        0, 0, 4, true, false), new Object[0],
                        new Object[]{PNone.NONE, PNone.NONE, PNone.NONE, false}, PrintNode::new),
                BuiltinSpec.positional("len", () -> BuiltinFunctionsFactory.LenNodeGen.create(), "obj"),
                BuiltinSpec.positional("repr", ReprNode::new, "obj"),
                BuiltinSpec.positional("abs", AbsNode::new, "x"),
                BuiltinSpec.positional("divmod", DivmodNode::new, "x", "y"),
                new BuiltinSpec("pow", Signature.positional("pow", "base", "exp", "mod"), new Object[]{PNone.NONE},
                        null, PowNode::new),
                minMax("min", CompareOp.LT),
                minMax("max", CompareOp.GT),
                BuiltinSpec.positional("isinstance", IsInstanceNode::new, "obj", "class_or_tuple"),
                new BuiltinSpec("format", new Signature("format", new String[]{"value", "format_spec"}, 2, 2, 0, false, false),
                        new Object[]{PyStr.EMPTY}, null, FormatNode::new),
                BuiltinSpec.positional("ascii", AsciiNode::new, "obj"),
                BuiltinSpec.positional("hash", HashNode::new, "obj"));
    }

    /** {@code min(iterable, *, key=None, default=...)} or {@code min(a, b, *args, key=None)}; max alike. */
    private static BuiltinSpec minMax(String name, CompareOp better) {
        return new BuiltinSpec(name, new Signature(name, new String[]{"args", "key", "default"}, 0, 0, 2, true, false),
                new Object[0], new Object[]{PNone.NONE, PMissing.INSTANCE}, () -> new MinMaxNode(better));
    }

    private static BuiltinSpec varargs(String name, java.util.function.Supplier<? extends PythonBuiltinNode> f) {
        return new BuiltinSpec(name, new Signature(name, new String[]{"args"}, 0, 0, 0, true, false), new Object[0],
                null, f);
    }

    /** {@code print(*args, sep=' ', end='\n', file=None, flush=False)}. */
    static final class PrintNode extends PythonBuiltinNode {
        @Child private PyObjectStrNode str = PyObjectStrNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            PTuple args = (PTuple) arg(frame, 0);
            String sep = textOrDefault(arg(frame, 1), " ", "sep");
            String end = textOrDefault(arg(frame, 2), "\n", "end");
            Object file = arg(frame, 3);
            if (file != PNone.NONE) {
                throw PythonErrors.typeError(this, "pyj does not support print(file=...) yet");
            }
            TruffleString[] parts = new TruffleString[args.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = str.execute(args.get(i));
            }
            write(PyjContext.get(this), parts, sep, end);
            return PNone.NONE;
        }

        private String textOrDefault(Object value, String dflt, String name) {
            if (value == PNone.NONE) {
                return dflt;
            } else if (value instanceof TruffleString s) {
                return PyStr.toJava(s);
            }
            throw PythonErrors.typeError(this, "%s must be None or a string, not %s", name, PythonTypeOf.typeName(value));
        }

        @TruffleBoundary
        private static void write(PyjContext context, TruffleString[] parts, String sep, String end) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(parts[i].toJavaStringUncached());
            }
            sb.append(end);
            context.writeStdout(sb.toString());
        }
    }

    abstract static class LenNode extends PythonBuiltinNode {
        @Override
        public final Object call(VirtualFrame frame) {
            return execute(arg(frame, 0));
        }

        abstract Object execute(Object obj);

        @Specialization
        static long len(Object obj, @Cached PyObjectSizeNode size) {
            return size.execute(obj);
        }
    }

    static final class ReprNode extends PythonBuiltinNode {
        @Child private PyObjectReprNode repr = PyObjectReprNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            return repr.execute(arg(frame, 0));
        }
    }

    /** {@code hash(obj)}. */
    static final class HashNode extends PythonBuiltinNode {
        @Child private org.pyj.interpreter.lib.PyObjectHashNode hash = org.pyj.interpreter.lib.PyObjectHashNode.create();

        @Override
        public Object call(VirtualFrame frame) {
            return hash.execute(arg(frame, 0));
        }
    }

    static final class AbsNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            Object x = arg(frame, 0);
            if (x instanceof Long l && l != Long.MIN_VALUE) {
                return Math.abs(l);
            } else if (x instanceof Double d) {
                return Math.abs(d);
            }
            return BuiltinArithmetic.absolute(this, x);
        }
    }

    static final class DivmodNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return BuiltinArithmetic.divmod(this, arg(frame, 0), arg(frame, 1));
        }
    }

    static final class PowNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            Object mod = arg(frame, 2);
            if (mod == PNone.NONE) {
                return BuiltinArithmetic.power(this, arg(frame, 0), arg(frame, 1));
            }
            return BuiltinArithmetic.powerMod(this, arg(frame, 0), arg(frame, 1), mod);
        }
    }

    /** {@code min}/{@code max} over the arguments, or over one iterable argument; the first of equals wins. */
    static final class MinMaxNode extends PythonBuiltinNode {
        private static final String[] NO_NAMES = new String[0];
        private final CompareOp better;
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNodeGen.create();
        @Child private PyIterNextNode next = PyIterNextNodeGen.create();
        @Child private org.pyj.interpreter.nodes.call.CallDispatchNode callKey =
                org.pyj.interpreter.nodes.call.CallDispatchNodeGen.create();

        MinMaxNode(CompareOp better) {
            this.better = better;
        }

        @Override
        public Object call(VirtualFrame frame) {
            PTuple args = (PTuple) arg(frame, 0);
            Object key = arg(frame, 1);
            Object dflt = arg(frame, 2);
            String name = better == CompareOp.LT ? "min" : "max";
            if (args.size() == 0) {
                throw PythonErrors.typeError(this, "%s expected at least 1 argument, got 0", name);
            }
            if (args.size() > 1 && dflt != PMissing.INSTANCE) {
                throw PythonErrors.typeError(this,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            Object iterator = getIter.execute(args.size() == 1 ? args.get(0) : args);
            Object best = null;
            Object bestKey = null;
            // As CPython: each item's key is computed, then compared with the best so far.
            for (Object item = next.execute(iterator); item != PyIterNextNode.STOP; item = next.execute(iterator)) {
                Object itemKey = key == PNone.NONE ? item : callKey.execute(key, new Object[]{item}, NO_NAMES, new Object[0]);
                if (best == null || org.pyj.interpreter.lib.ObjectProtocol.compareBool(this, itemKey, bestKey, better)) {
                    best = item;
                    bestKey = itemKey;
                }
            }
            if (best == null) {
                if (dflt != PMissing.INSTANCE) {
                    return dflt;
                }
                throw PythonErrors.valueError(this, "%s() arg is an empty sequence", name);
            }
            return best;
        }
    }

    static final class IsInstanceNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return isInstance(this, arg(frame, 0), arg(frame, 1));
        }

        @TruffleBoundary
        private static boolean isInstance(Node location, Object obj, Object cls) {
            if (cls instanceof PyType t) {
                return PythonTypeOf.typeOf(obj).isSubtypeOf(t);
            } else if (cls instanceof PTuple tuple) {
                for (Object c : tuple.getItems()) {
                    if (isInstance(location, obj, c)) {
                        return true;
                    }
                }
                return false;
            }
            throw PythonErrors.typeError(location, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }

    /** {@code format(value, format_spec='')}. */
    static final class FormatNode extends PythonBuiltinNode {
        @Child private org.pyj.interpreter.lib.PyObjectFormatNode format = new org.pyj.interpreter.lib.PyObjectFormatNode();

        @Override
        public Object call(VirtualFrame frame) {
            Object spec = arg(frame, 1);
            if (!(spec instanceof TruffleString s)) {
                throw PythonErrors.typeError(this, "format() argument 2 must be str, not %s", PythonTypeOf.typeName(spec));
            }
            return format.execute(arg(frame, 0), s);
        }
    }

    static final class AsciiNode extends PythonBuiltinNode {
        @Child private PyObjectReprNode repr = PyObjectReprNodeGen.create();

        @Override
        public Object call(VirtualFrame frame) {
            return PyStr.fromJava(org.pyj.interpreter.formatting.ReprFormatter.ascii(PyStr.toJava(repr.execute(arg(frame, 0)))));
        }
    }

    static boolean isMissing(Object o) {
        return o == PMissing.INSTANCE;
    }
}

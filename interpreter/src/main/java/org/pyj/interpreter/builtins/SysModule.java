package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.PyjLanguage;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSimpleNamespace;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.Signature;

/** The {@code sys} module: what the slice needs (argv, exit, version information, recursion limit). */
public final class SysModule {
    private SysModule() {
    }

    public static PModule create(PyjContext context) {
        PModule sys = context.newModule("sys");
        PyjContext.put(sys, "__name__", PyStr.fromJava("sys"));
        String[] args = context.getEnv().getApplicationArguments();
        Object[] argv = new Object[Math.max(1, args.length)];
        argv[0] = PyStr.EMPTY;
        for (int i = 0; i < args.length; i++) {
            argv[i] = PyStr.fromJava(args[i]);
        }
        // A tuple until lists exist (core language issue).
        PyjContext.put(sys, "argv", new PTuple(argv));
        PyjContext.put(sys, "version", PyStr.fromJava(PyjLanguage.PYTHON_VERSION + " (pyj " + PyjLanguage.PYJ_VERSION
                + ", Truffle) [Java " + Runtime.version() + "]"));
        PyjContext.put(sys, "version_info", new PTuple(new Object[]{3L, 11L, 2L, PyStr.fromJava("final"), 0L}));
        PyjContext.put(sys, "hexversion", 0x030B02F0L);
        PSimpleNamespace impl = new PSimpleNamespace();
        impl.getAttributes().put("name", PyStr.fromJava("pyj"));
        impl.getAttributes().put("cache_tag", PNone.NONE);
        impl.getAttributes().put("version", new PTuple(new Object[]{0L, 1L, 0L, PyStr.fromJava("alpha"), 0L}));
        impl.getAttributes().put("hexversion", 0x000100A0L);
        PyjContext.put(sys, "implementation", impl);
        PyjContext.put(sys, "platform", PyStr.fromJava("linux"));
        PyjContext.put(sys, "byteorder", PyStr.fromJava("little"));
        PyjContext.put(sys, "maxsize", Long.MAX_VALUE);
        PyjContext.put(sys, "modules", context.getImportSystem().getModules());
        PyjContext.put(sys, "path", context.getImportSystem().getPath());
        // Finders and hooks users add are not consulted yet: pyj's own path finder does the work.
        PyjContext.put(sys, "meta_path", new org.pyj.interpreter.runtime.PList());
        PyjContext.put(sys, "path_hooks", new org.pyj.interpreter.runtime.PList());
        PyjContext.put(sys, "path_importer_cache", new org.pyj.interpreter.runtime.PDict());
        PyjContext.put(sys, "builtin_module_names", new PTuple(new Object[]{PyStr.fromJava("_codecs"), PyStr.fromJava("_collections"), PyStr.fromJava("_struct"), PyStr.fromJava("_thread"), PyStr.fromJava("_weakref"), PyStr.fromJava("builtins"), PyStr.fromJava("errno"), PyStr.fromJava("gc"),
            PyStr.fromJava("itertools"), PyStr.fromJava("math"), PyStr.fromJava("posix"), PyStr.fromJava("sys"), PyStr.fromJava("time")}));
        PyjContext.put(sys, "dont_write_bytecode", Boolean.TRUE);
        PyjContext.put(sys, "warnoptions", new org.pyj.interpreter.runtime.PList());
        PyjContext.put(sys, "_xoptions", new org.pyj.interpreter.runtime.PDict());
        boolean ignoreEnv = context.getEnv().getOptions().get(org.pyj.interpreter.PyjOptions.IgnoreEnvironment);
        // struct sequences in CPython; namespaces with the same fields here.
        PyjContext.put(sys, "flags", namespace("debug", 0L, "inspect", 0L, "interactive", 0L, "optimize", 0L,
                "dont_write_bytecode", 1L, "no_user_site", 0L, "no_site", 0L, "ignore_environment", ignoreEnv ? 1L : 0L,
                "verbose", 0L, "bytes_warning", 0L, "quiet", 0L, "hash_randomization", 1L, "isolated", 0L, "dev_mode", false,
                "utf8_mode", 0L, "warn_default_encoding", 0L, "safe_path", false, "int_max_str_digits", -1L));
        PyjContext.put(sys, "float_info", namespace("max", Double.MAX_VALUE, "max_exp", 1024L, "max_10_exp", 308L,
                "min", Double.MIN_NORMAL, "min_exp", -1021L, "min_10_exp", -307L, "dig", 15L, "mant_dig", 53L,
                "epsilon", Math.ulp(1.0), "radix", 2L, "rounds", 1L));
        PyjContext.put(sys, "int_info", namespace("bits_per_digit", 30L, "sizeof_digit", 4L, "default_max_str_digits", 4300L,
                "str_digits_check_threshold", 640L));
        PyjContext.put(sys, "hash_info", namespace("width", 64L, "modulus", (1L << 61) - 1, "inf", 314159L, "nan", 0L,
                "imag", 1000003L, "algorithm", PyStr.fromJava("siphash13"), "hash_bits", 64L, "seed_bits", 128L, "cutoff", 0L));
        PyjContext.put(sys, "maxunicode", 0x10FFFFL);
        PyjContext.put(sys, "api_version", 1013L);
        PyjContext.put(sys, "float_repr_style", PyStr.fromJava("short"));
        PyjContext.put(sys, "platlibdir", PyStr.fromJava("lib"));
        PyjContext.put(sys, "abiflags", PyStr.fromJava(""));
        PyjContext.put(sys, "executable", PyStr.fromJava(""));
        for (String prefix : new String[]{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            PyjContext.put(sys, prefix, PyStr.fromJava(""));
        }
        for (BuiltinSpec spec : List.of(
                new BuiltinSpec("exit", Signature.positional("exit", "status"), new Object[]{PNone.NONE}, null, ExitNode::new),
                BuiltinSpec.positional("getrecursionlimit", GetRecursionLimitNode::new),
                BuiltinSpec.positional("setrecursionlimit", SetRecursionLimitNode::new, "limit"),
                JavaBuiltin.function("getdefaultencoding", "", (loc, a) -> PyStr.fromJava("utf-8")),
                JavaBuiltin.function("getfilesystemencoding", "", (loc, a) -> PyStr.fromJava("utf-8")),
                JavaBuiltin.function("getfilesystemencodeerrors", "", (loc, a) -> PyStr.fromJava("surrogateescape")),
                JavaBuiltin.function("intern", "string, /", (loc, a) -> {
                    if (!(a[0] instanceof com.oracle.truffle.api.strings.TruffleString)) {
                        throw PythonErrors.typeError(loc, "intern() argument must be str, not %s",
                                org.pyj.interpreter.runtime.PythonTypeOf.typeName(a[0]));
                    }
                    return a[0];
                }),
                JavaBuiltin.function("exception", "", (loc, a) -> {
                    org.pyj.interpreter.runtime.PBaseException e = PyjContext.get(loc).currentHandled();
                    return e == null ? PNone.NONE : e;
                }),
                JavaBuiltin.function("exc_info", "", (loc, a) -> {
                    org.pyj.interpreter.runtime.PBaseException e = PyjContext.get(loc).currentHandled();
                    if (e == null) {
                        return new PTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
                    }
                    Object tb = org.pyj.interpreter.lib.Tracebacks.of(e);
                    return new PTuple(new Object[]{e.getType(), e, tb == null ? PNone.NONE : tb});
                }),
                JavaBuiltin.function("_getframe", "depth=0, /", (loc, a) -> {
                    long depth = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[0]);
                    java.util.List<org.pyj.interpreter.runtime.PFrame.Entry> stack = org.pyj.interpreter.lib.CallerFrames.stack();
                    if (depth < 0) {
                        depth = 0;
                    }
                    if (depth >= stack.size()) {
                        throw org.pyj.interpreter.exceptions.PythonErrors.valueError(loc, "call stack is not deep enough");
                    }
                    return new org.pyj.interpreter.runtime.PFrame(stack, (int) depth);
                }))) {
            PyjContext.put(sys, spec.name(), context.makeBuiltin(spec, "sys"));
        }
        return sys;
    }

    /** A namespace of alternating field names and values (sys.flags and the other info records). */
    private static PSimpleNamespace namespace(Object... fields) {
        PSimpleNamespace ns = new PSimpleNamespace();
        for (int i = 0; i < fields.length; i += 2) {
            ns.getAttributes().put((String) fields[i], fields[i + 1]);
        }
        return ns;
    }

    /** {@code sys.exit(status=None)}: raises SystemExit. */
    static final class ExitNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            Object status = arg(frame, 0);
            if (status == PNone.NONE) {
                throw PythonErrors.raiseWithArgs(this, BuiltinTypes.SYSTEM_EXIT);
            }
            throw PythonErrors.raiseWithArgs(this, BuiltinTypes.SYSTEM_EXIT, status);
        }
    }

    static final class GetRecursionLimitNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return (long) PyjContext.get(this).recursionLimit;
        }
    }

    static final class SetRecursionLimitNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            Object limit = arg(frame, 0);
            if (!BuiltinArithmetic.isInt(limit) || limit instanceof Boolean) {
                throw PythonErrors.typeError(this, "'%s' object cannot be interpreted as an integer",
                        org.pyj.interpreter.runtime.PythonTypeOf.typeName(limit));
            }
            long n = BuiltinArithmetic.toBig(limit).longValue();
            if (n < 1) {
                throw PythonErrors.valueError(this, "recursion limit must be greater or equal than 1");
            }
            PyjContext.get(this).recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
            return PNone.NONE;
        }
    }
}

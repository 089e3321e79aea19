package org.pyj.interpreter;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.builtins.BuiltinFunctions;
import org.pyj.interpreter.builtins.BuiltinSpec;
import org.pyj.interpreter.builtins.SysModule;
import org.pyj.interpreter.builtins.TimeModule;
import org.pyj.interpreter.builtins.TypeConstructors;
import org.pyj.interpreter.nodes.BuiltinRootNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;

/** The state of one Python interpreter: its modules, standard streams and recursion counter. */
public final class PyjContext {
    private static final ContextReference<PyjContext> REFERENCE = ContextReference.create(PyjLanguage.class);

    private final PyjLanguage language;
    private final TruffleLanguage.Env env;
    private final PrintStream stdout;
    private final boolean lineBufferedStdout;
    private final PrintStream stderr;
    private final Map<String, PModule> builtinModules = new HashMap<>();
    private final org.pyj.interpreter.imports.ImportSystem importSystem = new org.pyj.interpreter.imports.ImportSystem(this);
    @CompilationFinal private PModule builtins;
    @CompilationFinal private PModule mainModule;

    /** Python frames on the stack, checked against {@link #recursionLimit} (sys.setrecursionlimit). */
    public int recursionDepth;
    /** The exceptions being handled (innermost last): what a bare {@code raise} re-raises and new ones chain to. */
    private final java.util.ArrayList<PBaseException> handled = new java.util.ArrayList<>();
    public int recursionLimit = 1000;

    public PyjContext(PyjLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.lineBufferedStdout = env.getOptions().get(PyjOptions.LineBufferedStdout);
        this.stdout = new PrintStream(new BufferedOutputStream(env.out(), 1 << 16), false, StandardCharsets.UTF_8);
        this.stderr = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
    }

    /** The str hash key, from PYTHONHASHSEED as CPython reads it; made on first use. */
    private long[] hashKey;

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public long[] getHashKey() {
        if (hashKey == null) {
            String seed = env.getOptions().get(PyjOptions.IgnoreEnvironment) ? null
                    : env.getEnvironment().get("PYTHONHASHSEED");
            hashKey = org.pyj.interpreter.runtime.PyHash.keyFor(seed);
        }
        return hashKey;
    }

    public static PyjContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        builtins = newModule("builtins");
        for (BuiltinSpec spec : BuiltinFunctions.specs()) {
            put(builtins, spec.name(), makeBuiltin(spec, "builtins"));
        }
        for (BuiltinSpec spec : org.pyj.interpreter.builtins.EvalBuiltins.functions()) {
            put(builtins, spec.name(), makeBuiltin(spec, "builtins"));
        }
        for (BuiltinSpec spec : org.pyj.interpreter.builtins.ObjectBuiltins.functions()) {
            put(builtins, spec.name(), makeBuiltin(spec, "builtins"));
        }
        for (BuiltinSpec spec : org.pyj.interpreter.builtins.IterationBuiltins.functions()) {
            put(builtins, spec.name(), makeBuiltin(spec, "builtins"));
        }
        for (BuiltinSpec spec : org.pyj.interpreter.builtins.AsyncGeneratorBuiltins.functions()) {
            put(builtins, spec.name(), makeBuiltin(spec, "builtins"));
        }
        for (BuiltinSpec spec : org.pyj.interpreter.builtins.ImportBuiltins.functions()) {
            put(builtins, spec.name(), makeBuiltin(spec, "builtins"));
        }
        TypeConstructors.install(this);
        defineMethods(BuiltinTypes.OBJECT, org.pyj.interpreter.builtins.ObjectBuiltins.objectMethods());
        BuiltinTypes.OBJECT.define("__new__", new org.pyj.interpreter.runtime.PDescriptors.PStaticMethod(
                BuiltinTypes.OBJECT.getOwn("__new__")));
        BuiltinTypes.OBJECT.define("__init_subclass__", org.pyj.interpreter.runtime.PDescriptors.PClassMethod.ofBuiltin(BuiltinTypes.OBJECT, "__init_subclass__"));
        defineMethods(BuiltinTypes.TYPE, org.pyj.interpreter.builtins.ObjectBuiltins.typeMethods());
        BuiltinTypes.TYPE.define("__new__", new org.pyj.interpreter.runtime.PDescriptors.PStaticMethod(
                BuiltinTypes.TYPE.getOwn("__new__")));
        defineMethods(BuiltinTypes.BASE_EXCEPTION, org.pyj.interpreter.builtins.ObjectBuiltins.exceptionMethods());
        org.pyj.interpreter.builtins.ObjectBuiltins.installConstructors(this);
        org.pyj.interpreter.builtins.ObjectBuiltins.installExceptionGroups(this);
        org.pyj.interpreter.builtins.ObjectBuiltins.installImportError(this);
        org.pyj.interpreter.builtins.PickleProtocol.install(this);
        installGetSets();
        installNewMethods();
        // Every type's dict has __doc__ in CPython; pyj keeps no docstrings for builtins.
        BuiltinTypes.OBJECT.define("__doc__", org.pyj.interpreter.runtime.PNone.NONE);
        org.pyj.interpreter.builtins.ContainerDunders.installClassGetItem(this);
        defineMethods(BuiltinTypes.NONE_TYPE, java.util.List.of(org.pyj.interpreter.builtins.JavaBuiltin.method(
                BuiltinTypes.NONE_TYPE, "__bool__", "self", (loc, a) -> Boolean.FALSE)));
        org.pyj.interpreter.builtins.ListBuiltins.install(this);
        org.pyj.interpreter.builtins.DictBuiltins.install(this);
        org.pyj.interpreter.builtins.StrBuiltins.install(this);
        org.pyj.interpreter.builtins.BytesBuiltins.install(this);
        org.pyj.interpreter.builtins.NumberBuiltins.install(this);
        org.pyj.interpreter.builtins.SequenceDunders.install(this);
        org.pyj.interpreter.builtins.IteratorBuiltins.installIteratorMethods(this);
        org.pyj.interpreter.builtins.MappingProxyBuiltins.install(this);
        org.pyj.interpreter.builtins.ContainerDunders.install(this);
        // Read by name on functions (lib/Attributes); present in the type's dict as CPython's are.
        BuiltinTypes.FUNCTION.define("__code__", new org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor("__code__",
                BuiltinTypes.FUNCTION));
        BuiltinTypes.FUNCTION.define("__globals__", new org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor("__globals__",
                BuiltinTypes.FUNCTION, true));
        org.pyj.interpreter.builtins.ComplexBuiltins.install(this);
        org.pyj.interpreter.builtins.SetBuiltins.install(this);
        org.pyj.interpreter.builtins.IterationBuiltins.install(this);
        org.pyj.interpreter.builtins.GeneratorBuiltins.install(this);
        org.pyj.interpreter.builtins.AsyncGeneratorBuiltins.install(this);
        org.pyj.interpreter.builtins.IterationBuiltins.installSequenceMethods(this);
        for (PyType type : new PyType[]{BuiltinTypes.INT, BuiltinTypes.FLOAT, BuiltinTypes.COMPLEX, BuiltinTypes.STR, BuiltinTypes.BOOL,
                BuiltinTypes.TUPLE, BuiltinTypes.RANGE, BuiltinTypes.TYPE, BuiltinTypes.OBJECT, BuiltinTypes.LIST,
                BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.SLICE, BuiltinTypes.PROPERTY,
                BuiltinTypes.CLASSMETHOD, BuiltinTypes.STATICMETHOD, BuiltinTypes.SUPER, BuiltinTypes.ENUMERATE,
                BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER, BuiltinTypes.REVERSED, BuiltinTypes.BYTES,
                BuiltinTypes.BYTEARRAY, BuiltinTypes.MEMORYVIEW}) {
            put(builtins, type.getName(), type);
        }
        for (PyType type : BuiltinTypes.exceptions().values()) {
            put(builtins, type.getName(), type);
        }
        put(builtins, "EnvironmentError", BuiltinTypes.OS_ERROR);
        put(builtins, "IOError", BuiltinTypes.OS_ERROR);
        put(builtins, "None", org.pyj.interpreter.runtime.PNone.NONE);
        put(builtins, "True", Boolean.TRUE);
        put(builtins, "False", Boolean.FALSE);
        put(builtins, "__doc__", PyStr.fromJava(BUILTINS_DOC));
        put(builtins, "__package__", PyStr.fromJava(""));
        // The import system (stdlib issue) gives builtins its spec and loader.
        put(builtins, "__spec__", org.pyj.interpreter.runtime.PNone.NONE);
        put(builtins, "__loader__", org.pyj.interpreter.runtime.PNone.NONE);
        put(builtins, "__debug__", Boolean.TRUE);
        put(builtins, "Ellipsis", org.pyj.interpreter.runtime.PSingleton.ELLIPSIS);
        put(builtins, "NotImplemented", org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED);
        put(builtins, "__name__", PyStr.fromJava("builtins"));
        builtinModules.put("builtins", builtins);
        builtinModules.put("sys", SysModule.create(this));
        builtinModules.put("time", TimeModule.create(this));
        builtinModules.put("itertools", org.pyj.interpreter.builtins.ItertoolsModule.create(this));
        builtinModules.put("_weakref", org.pyj.interpreter.builtins.WeakrefModule.create(this));
        builtinModules.put("_thread", org.pyj.interpreter.builtins.ThreadModule.create(this));
        builtinModules.put("posix", org.pyj.interpreter.builtins.PosixModule.create(this));
        builtinModules.put("math", org.pyj.interpreter.builtins.MathModule.create(this));
        builtinModules.put("_collections", org.pyj.interpreter.builtins.CollectionsModule.create(this));
        builtinModules.put("_codecs", org.pyj.interpreter.builtins.CodecsModule.create(this));
        builtinModules.put("errno", org.pyj.interpreter.builtins.ErrnoModule.create(this));
        builtinModules.put("gc", org.pyj.interpreter.builtins.GcModule.create(this));
        builtinModules.put("_struct", org.pyj.interpreter.builtins.StructModule.create(this));
        for (Map.Entry<String, PModule> m : builtinModules.entrySet()) {
            importSystem.addJavaModule(m.getKey(), m.getValue());
        }
        initializePath();
        mainModule = newModule("__main__");
        put(mainModule, "__name__", PyStr.fromJava("__main__"));
        put(mainModule, "__builtins__", builtins);
        importSystem.getModules().setItem(PyStr.fromJava("__main__"), mainModule);
    }

    /**
     * The data attributes builtin objects answer themselves (lib/Attributes), made visible in
     * their types' dicts as CPython's getset and member descriptors are: {@code int.real},
     * {@code dir(5)}, {@code vars(range)}.
     */
    /**
     * {@code T.__new__} in the dicts of the builtin types that have a constructor, as CPython's
     * type_ready puts it there ({@code '__new__' in int.__dict__}; enum looks for it):
     * {@code int.__new__(int, '5')} runs the constructor, {@code int.__new__(MyInt, 5)} makes
     * the subclass's instance.
     */
    private static final java.util.Set<PyType> GENERIC_NEW = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void installNewMethods() {
        for (PyType t : new PyType[]{BuiltinTypes.INT, BuiltinTypes.FLOAT, BuiltinTypes.STR, BuiltinTypes.BOOL, BuiltinTypes.TUPLE,
            BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY,
            BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER,
            BuiltinTypes.REVERSED, BuiltinTypes.MEMORYVIEW, BuiltinTypes.PROPERTY, BuiltinTypes.SUPER}) {
            // Builtin types are shared by contexts: every context installs its own (skipping types with a __new__ of their own).
            if (t.getOwn("__new__") != null && !GENERIC_NEW.contains(t) || t.getSlots().tp_new == null) {
                continue;
            }
            GENERIC_NEW.add(t);
            BuiltinSpec spec = org.pyj.interpreter.builtins.JavaBuiltin.function("__new__", "cls, /, *args, **kwargs",
                    (loc, a) -> org.pyj.interpreter.lib.TypeCalls.builtinNew(loc, t, a[0], (org.pyj.interpreter.runtime.PTuple) a[1],
                            (org.pyj.interpreter.runtime.PDict) a[2]));
            t.define("__new__", new org.pyj.interpreter.runtime.PDescriptors.PStaticMethod(makeBuiltin(spec, t.getName())));
        }
    }

    private void installGetSets() {
        getSets(BuiltinTypes.INT, false, "real", "imag", "numerator", "denominator");
        getSets(BuiltinTypes.FLOAT, false, "real", "imag");
        getSets(BuiltinTypes.COMPLEX, true, "real", "imag");
        getSets(BuiltinTypes.RANGE, true, "start", "stop", "step");
        getSets(BuiltinTypes.SLICE, true, "start", "stop", "step");
        getSets(BuiltinTypes.BASE_EXCEPTION, false, "args", "__traceback__", "__context__", "__cause__", "__dict__");
        getSets(BuiltinTypes.BASE_EXCEPTION, true, "__suppress_context__");
        getSets(BuiltinTypes.PROPERTY, true, "fget", "fset", "fdel");
        getSets(BuiltinTypes.PROPERTY, false, "__isabstractmethod__");
        for (PyType t : new PyType[]{BuiltinTypes.STATICMETHOD, BuiltinTypes.CLASSMETHOD}) {
            getSets(t, true, "__func__", "__wrapped__");
            getSets(t, false, "__isabstractmethod__");
        }
        getSets(BuiltinTypes.BUILTIN_FUNCTION, true, "__module__");
        getSets(BuiltinTypes.BUILTIN_FUNCTION, false, "__self__", "__name__", "__qualname__", "__text_signature__");
        getSets(BuiltinTypes.GENERATOR, false, "gi_frame", "gi_running", "gi_code", "gi_suspended", "gi_yieldfrom", "__name__",
                "__qualname__");
        getSets(BuiltinTypes.SUPER, true, "__thisclass__", "__self__", "__self_class__");
        for (PyType t : new PyType[]{BuiltinTypes.GETSET_DESCRIPTOR, BuiltinTypes.MEMBER_DESCRIPTOR}) {
            java.util.List<org.pyj.interpreter.builtins.BuiltinSpec> specs = java.util.List.of(
                    org.pyj.interpreter.builtins.JavaBuiltin.method(t, "__get__", "self, instance, owner=None, /", (loc, a) -> {
                        var g = (org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor) a[0];
                        return a[1] == org.pyj.interpreter.runtime.PNone.NONE ? g
                                : org.pyj.interpreter.lib.Attributes.genericGetAttr(loc, a[1], g.getName());
                    }),
                    org.pyj.interpreter.builtins.JavaBuiltin.method(t, "__set__", "self, instance, value, /", (loc, a) -> {
                        var g = (org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor) a[0];
                        org.pyj.interpreter.lib.Attributes.genericSetAttr(loc, a[1], g.getName(), a[2]);
                        return org.pyj.interpreter.runtime.PNone.NONE;
                    }),
                    org.pyj.interpreter.builtins.JavaBuiltin.method(t, "__delete__", "self, instance, /", (loc, a) -> {
                        var g = (org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor) a[0];
                        org.pyj.interpreter.lib.Attributes.genericSetAttr(loc, a[1], g.getName(), null);
                        return org.pyj.interpreter.runtime.PNone.NONE;
                    }));
            defineMethods(t, specs);
        }
    }

    private static void getSets(PyType type, boolean member, String... names) {
        for (String name : names) {
            type.define(name, new org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor(name, type, member));
        }
    }

    /**
     * sys.path as CPython's getpath and site make it: the script's directory ('' for -c, stdin
     * and embedders), PYTHONPATH (unless -E/-I), then the standard library.
     */
    private void initializePath() {
        String[] args = env.getApplicationArguments();
        String first = args.length == 0 ? "" : args[0];
        String scriptDir = "";
        if (first.equals("-m")) {
            scriptDir = env.getCurrentWorkingDirectory().getPath();
        } else if (!first.isEmpty() && !first.equals("-c") && !first.equals("-")) {
            try {
                com.oracle.truffle.api.TruffleFile script = env.getPublicTruffleFile(first).getCanonicalFile();
                scriptDir = script.getParent() == null ? "" : script.getParent().getPath();
            } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
                scriptDir = "";
            }
        }
        importSystem.addPath(scriptDir);
        String separator = java.io.File.pathSeparator;
        if (!env.getOptions().get(PyjOptions.IgnoreEnvironment)) {
            String pythonPath = env.getEnvironment().get("PYTHONPATH");
            if (pythonPath != null && !pythonPath.isEmpty()) {
                for (String p : pythonPath.split(java.util.regex.Pattern.quote(separator))) {
                    if (!p.isEmpty()) {
                        importSystem.addPath(p);
                    }
                }
            }
        }
        for (String p : env.getOptions().get(PyjOptions.Stdlib).split(java.util.regex.Pattern.quote(separator))) {
            if (!p.isEmpty()) {
                importSystem.addPath(p);
            }
        }
    }

    public org.pyj.interpreter.imports.ImportSystem getImportSystem() {
        return importSystem;
    }

    /** The builtins module's docstring, CPython 3.11's text. */
    private static final String BUILTINS_DOC = "Built-in functions, exceptions, and other objects.\n\n"
            + "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.";

    @TruffleBoundary
    public PModule newModule(String name) {
        return new PModule(language.getModuleShape(), name);
    }

    @TruffleBoundary
    public static void put(PModule module, String name, Object value) {
        DynamicObjectLibrary.getUncached().put(module, name, value);
    }

    @TruffleBoundary
    public PBuiltinFunction makeBuiltin(BuiltinSpec spec, String owner) {
        BuiltinRootNode root = new BuiltinRootNode(language, spec.factory().get(), spec.name());
        return new PBuiltinFunction(spec.name(), owner, root.getCallTarget(), spec.signature(), spec.defaults(),
                spec.kwDefaults());
    }

    /** Installs a builtin type's constructor (its tp_new, called with the type first). */
    @TruffleBoundary
    public void setConstructor(PyType type, BuiltinSpec spec) {
        type.getSlots().tp_new = makeBuiltin(spec, type.getName());
    }

    /** Puts builtin methods into a builtin type's dict. */
    @TruffleBoundary
    public void defineMethods(PyType type, java.util.List<BuiltinSpec> specs) {
        for (BuiltinSpec spec : specs) {
            PBuiltinFunction f = makeBuiltin(spec, type.getName());
            String[] params = spec.signature().getParameterNames();
            if (params.length > 0 && params[0].equals("self")) {
                f.setObjclass(type); // a method descriptor (str.join), not a plain builtin function
            }
            type.define(spec.name(), f);
        }
    }

    @TruffleBoundary
    public void pushHandled(PBaseException e) {
        handled.add(e);
    }

    @TruffleBoundary
    public void popHandled() {
        handled.remove(handled.size() - 1);
    }

    @TruffleBoundary
    public PBaseException currentHandled() {
        return handled.isEmpty() ? null : handled.get(handled.size() - 1);
    }

    private java.io.BufferedReader stdin;

    /** sys.stdin as text (UTF-8 lines), for input(). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public java.io.BufferedReader getStdinReader() {
        if (stdin == null) {
            stdin = new java.io.BufferedReader(new java.io.InputStreamReader(env.in(), StandardCharsets.UTF_8));
        }
        return stdin;
    }

    public PyjLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    public PModule getBuiltins() {
        return builtins;
    }

    public PModule getMainModule() {
        return mainModule;
    }

    @TruffleBoundary
    public PModule getBuiltinModule(String name) {
        return builtinModules.get(name);
    }

    public PrintStream getStdout() {
        return stdout;
    }

    /** Writes text to sys.stdout, flushing at line ends when stdout is line-buffered. */
    @TruffleBoundary
    public void writeStdout(String text) {
        stdout.print(text);
        if (lineBufferedStdout && text.indexOf('\n') >= 0) {
            stdout.flush();
        }
    }

    public PrintStream getStderr() {
        return stderr;
    }

    @TruffleBoundary
    public void flushStandardStreams() {
        stdout.flush();
        stderr.flush();
    }
}

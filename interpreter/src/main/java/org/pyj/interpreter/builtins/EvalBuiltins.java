package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.PyjLanguage;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.exceptions.SyntaxErrors;
import org.pyj.interpreter.lib.CallerFrames;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PBytesLike;
import org.pyj.interpreter.runtime.PCode;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PInstanceDict;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;
import org.pyj.interpreter.translator.NodeTranslator;
import org.pyj.parser.PyParser;
import org.pyj.parser.PySyntaxError;
import org.pyj.parser.ast.Mod;
import org.pyj.parser.ast.Stmt;


/**
 * The builtins that compile and run code or look at the caller's namespaces: compile, exec,
 * eval, globals, locals, and vars/dir without an argument.
 *
 * Globals given as a plain dict are copied into a module for the run (our code reads globals
 * from a module's shape) and copied back after it; functions defined by the code keep that
 * module as their globals, so later changes to the dict are not seen by them.
 */
public final class EvalBuiltins {
    private EvalBuiltins() {
    }

    public static List<BuiltinSpec> functions() {
        return List.of(
                JavaBuiltin.function("globals", "", (loc, a) -> CallerFrames.globals(CallerFrames.caller())),
                // The debugger comes with the tooling issue; until then breakpoint() does nothing, as with PYTHONBREAKPOINT=0.
                JavaBuiltin.function("breakpoint", "*args, **kws", (loc, a) -> PNone.NONE),
                JavaBuiltin.function("input", "prompt=?, /", (loc, a) -> {
                    PyjContext context = PyjContext.get(loc);
                    if (JavaBuiltin.given(a[0])) {
                        context.getStdout().print(PyStr.toJava(ObjectProtocol.str(loc, a[0])));
                    }
                    context.getStdout().flush();
                    String line;
                    try {
                        line = context.getStdinReader().readLine();
                    } catch (java.io.IOException e) {
                        throw PythonErrors.raise(loc, org.pyj.interpreter.runtime.BuiltinTypes.OS_ERROR, "%s", e.getMessage());
                    }
                    if (line == null) {
                        throw PythonErrors.raise(loc, org.pyj.interpreter.runtime.BuiltinTypes.EOF_ERROR, "EOF when reading a line");
                    }
                    return PyStr.fromJava(line);
                }),
                JavaBuiltin.function("locals", "", (loc, a) -> CallerFrames.locals(CallerFrames.caller())),
                JavaBuiltin.function("compile", "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1",
                        (loc, a) -> {
                            String mode = PyStr.toJava(StrArgs.str(loc, a[2], "compile", "argument 'mode'"));
                            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                                throw PythonErrors.valueError(loc, "compile() mode must be 'exec', 'eval' or 'single'");
                            }
                            Object fn = a[1];
                            String filename = fn instanceof TruffleString s ? PyStr.toJava(s)
                                    : fn instanceof PBytesLike b ? new String(b.copyBytes(), java.nio.charset.StandardCharsets.UTF_8) : null;
                            if (filename == null) {
                                throw PythonErrors.typeError(loc, "expected str, bytes or os.PathLike object, not %s",
                                        PythonTypeOf.typeName(fn));
                            }
                            if (a[0] instanceof PCode c) {
                                return c;
                            }
                            return compile(loc, sourceText(loc, a[0], "compile", false), filename, mode);
                        }),
                JavaBuiltin.function("exec", "source, globals=None, locals=None, /, *, closure=None",
                        (loc, a) -> {
                            run(loc, a[0], a[1], a[2], "exec");
                            return PNone.NONE;
                        }),
                JavaBuiltin.function("eval", "source, globals=None, locals=None, /", (loc, a) -> run(loc, a[0], a[1], a[2], "eval")),
                JavaBuiltin.function("__build_class__", "*args, **kwds", (loc, a) -> {
                    Object[] args = ((org.pyj.interpreter.runtime.PTuple) a[0]).getItems();
                    if (args.length < 2) {
                        throw PythonErrors.typeError(loc, "__build_class__: not enough arguments");
                    }
                    if (!(args[0] instanceof org.pyj.interpreter.runtime.PFunction body)) {
                        throw PythonErrors.typeError(loc, "__build_class__: func must be a function");
                    }
                    if (!(args[1] instanceof TruffleString name)) {
                        throw PythonErrors.typeError(loc, "__build_class__: name is not a string");
                    }
                    PDict kwds = (PDict) a[1];
                    return org.pyj.interpreter.lib.TypeCalls.buildClass(loc, body, PyStr.toJava(name),
                            java.util.Arrays.copyOfRange(args, 2, args.length), kwds.keywordNames(), kwds.valuesArray());
                }));
    }

    /** The source text of a str or bytes argument. */
    private static String sourceText(Node loc, Object o, String fn, boolean codeAllowed) {
        String text;
        if (o instanceof TruffleString s) {
            text = PyStr.toJava(s);
        } else if (o instanceof PBytesLike b) {
            text = PyStr.toJava(org.pyj.interpreter.lib.Codecs.decode(loc, b.store(), b.length(), "utf-8", "strict"));
        } else {
            throw PythonErrors.typeError(loc, codeAllowed ? "%s() arg 1 must be a string, bytes or code object"
                    : "compile() arg 1 must be a string, bytes or AST object", fn);
        }
        if (text.indexOf('\0') >= 0) {
            throw PythonErrors.raise(loc, org.pyj.interpreter.runtime.BuiltinTypes.SYNTAX_ERROR,
                    "source code string cannot contain null bytes");
        }
        return text;
    }

    @TruffleBoundary
    static PCode compile(Node loc, String text, String filename, String mode) {
        Source source = Source.newBuilder(PyjLanguage.ID, text, filename).build();
        try {
            Mod.Module module;
            if (mode.equals("eval")) {
                Mod.Expression e = PyParser.parseExpression(text, filename);
                module = new Mod.Module(List.of(new Stmt.ExprStmt(e.body(), e.body().pos())));
            } else {
                module = PyParser.parseModule(text, filename);
            }
            NodeTranslator.checkNames(module);
            return new PCode(module, source, filename, mode);
        } catch (PySyntaxError e) {
            throw SyntaxErrors.toPython(e, filename, source);
        }
    }

    /** exec/eval: the code, its globals module and the namespace (null: the globals themselves). */
    @TruffleBoundary
    private static Object run(Node loc, Object code, Object globals, Object locals, String fn) {
        if (globals != PNone.NONE && !(globals instanceof PDict)) {
            if (fn.equals("exec")) {
                throw PythonErrors.typeError(loc, "exec() globals must be a dict, not %s", PythonTypeOf.typeName(globals));
            }
            boolean mapping = globals instanceof org.pyj.interpreter.runtime.PList || globals instanceof org.pyj.interpreter.runtime.PTuple
                    || globals instanceof TruffleString || ObjectProtocol.lookupSpecial(globals, "__getitem__") != null;
            throw PythonErrors.typeError(loc, mapping ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        if (locals != PNone.NONE && !(locals instanceof PDict) && !(ObjectProtocol.isUserObject(locals)
                && ObjectProtocol.lookupSpecial(locals, "__getitem__") != null)) {
            throw PythonErrors.typeError(loc, "locals must be a mapping");
        }
        PCode c;
        if (code instanceof PCode pc) {
            c = pc;
        } else {
            String text = sourceText(loc, code, fn, true);
            if (fn.equals("eval")) {
                text = text.stripLeading(); // eval ignores leading spaces and tabs
            }
            c = compile(loc, text, "<string>", fn);
        }
        Object namespace;
        PModule module;
        PDict syncBack = null;
        if (globals == PNone.NONE) {
            CallerFrames.Caller caller = CallerFrames.caller();
            module = CallerFrames.globalsModule(caller);
            namespace = locals != PNone.NONE ? locals : caller.root().isModule() && !caller.root().isNamespaceBody()
                    ? null : CallerFrames.locals(caller);
        } else {
            PDict g = (PDict) globals;
            if (g instanceof PInstanceDict view && view.getOwner() instanceof PModule m) {
                module = m;
            } else if (g.getGlobalsModule() != null) {
                module = g.getGlobalsModule();
            } else {
                if (g.getItem(PyStr.fromJava("__builtins__")) == null) {
                    g.setItem(PyStr.fromJava("__builtins__"), PInstanceDict.of(PyjContext.get(loc).getBuiltins()));
                }
                module = new PModule(PyjContext.get(loc).getLanguage().getModuleShape(), "<exec>");
                if (!g.becomeGlobalsOf(module)) {
                    // A dict with keys other than str cannot live in a module: run on a copy of it.
                    CallerFrames.copyInto(g, module);
                    syncBack = g;
                }
            }
            namespace = locals == PNone.NONE || locals == globals ? null : locals;
        }
        boolean namespaceMode = namespace != null;
        RootCallTarget target = c.getTarget(namespaceMode);
        if (target == null) {
            target = new NodeTranslator(PyjContext.get(loc).getLanguage(), c.getSource())
                    .translateCode(c.getModule(), c.getMode().equals("eval"), namespaceMode);
            c.setTarget(namespaceMode, target);
        }
        Object[] args = PArguments.create(module, null, namespaceMode ? 1 : 0);
        if (namespaceMode) {
            args[PArguments.USER_ARGUMENTS] = namespace;
        }
        try {
            Object r = ObjectProtocol.callTarget(loc, target, args);
            return c.getMode().equals("eval") ? r : PNone.NONE;
        } finally {
            if (syncBack != null) {
                CallerFrames.copyBack(module, syncBack);
            }
        }
    }
}

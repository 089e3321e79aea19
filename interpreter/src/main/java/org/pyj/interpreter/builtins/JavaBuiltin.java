package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;
import org.pyj.interpreter.runtime.Signature;

/**
 * A builtin function or method whose body is plain Java behind a {@link TruffleBoundary}: the
 * way to write the many builtins that are not hot. The parameters are declared as text:
 * {@code "self, key, default=?, /"} style, where {@code =?} marks an optional parameter (it
 * arrives as {@link PMissing#INSTANCE} when omitted; {@code =None}, {@code =True}, {@code =False}
 * and {@code =-1} give that default instead), {@code *args} collects the rest as a tuple,
 * names after {@code *} or {@code *args} are keyword-only and {@code **kwargs} collects keywords.
 * Parameters before {@code /} are positional-only; without {@code /} all are.
 */
public final class JavaBuiltin extends PythonBuiltinNode {
    /** The body: gets the bound arguments in parameter order. */
    @FunctionalInterface
    public interface Body {
        Object call(Node location, Object[] args);
    }

    private final Body body;
    private final int count;
    /** For a method of a builtin type: the type {@code self} must be an instance of; else null. */
    private final PyType selfType;
    private final String name;

    private JavaBuiltin(Body body, int count, PyType selfType, String name) {
        this.body = body;
        this.count = count;
        this.selfType = selfType;
        this.name = name;
    }

    @Override
    public Object call(VirtualFrame frame) {
        Object[] frameArgs = frame.getArguments();
        Object[] args = new Object[count];
        System.arraycopy(frameArgs, PArguments.USER_ARGUMENTS, args, 0, count);
        return invoke(args);
    }

    @TruffleBoundary
    private Object invoke(Object[] args) {
        if (selfType != null && !PythonTypeOf.typeOf(args[0]).isSubtypeOf(selfType)) {
            if (name.startsWith("__") && name.endsWith("__")) {
                // A slot wrapper's wording.
                throw PythonErrors.typeError(this, "descriptor '%s' requires a '%s' object but received a '%s'", name,
                        selfType.getName(), PythonTypeOf.typeName(args[0]));
            }
            throw PythonErrors.typeError(this, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    selfType.getName(), PythonTypeOf.typeName(args[0]));
        }
        if (selfType != null && args[0] instanceof org.pyj.interpreter.runtime.PValueInstance v) {
            args[0] = v.getValue(); // int/float/str/tuple methods work on the value of a subclass instance
        }
        return body.call(this, args);
    }

    /** A function of the builtins module (or any module). */
    public static BuiltinSpec function(String name, String params, Body body) {
        return spec(name, name, params, body, null);
    }

    /** A method of a builtin type; its first parameter is self. */
    public static BuiltinSpec method(PyType type, String name, String params, Body body) {
        return spec(type.getName() + "." + name, name, params, body, type);
    }

    private static BuiltinSpec spec(String qualified, String name, String params, Body body, PyType selfType) {
        List<String> names = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        int posOnly = -1;
        int positional = 0;
        int kwOnly = 0;
        boolean varArgs = false;
        boolean varKw = false;
        boolean keywordOnly = false;
        for (String raw : params.split(",")) {
            String p = raw.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                posOnly = positional;
                continue;
            }
            if (p.equals("*")) {
                keywordOnly = true;
                continue;
            }
            if (p.startsWith("**")) {
                names.add(p.substring(2));
                varKw = true;
                continue;
            }
            if (p.startsWith("*")) {
                names.add(p.substring(1));
                varArgs = true;
                keywordOnly = true;
                continue;
            }
            int eq = p.indexOf('=');
            String n = eq < 0 ? p : p.substring(0, eq).trim();
            Object dflt = eq < 0 ? null : defaultValue(p.substring(eq + 1).trim());
            names.add(n);
            if (keywordOnly) {
                kwOnly++;
                kwDefaults.add(dflt);
            } else {
                positional++;
                if (dflt != null) {
                    defaults.add(dflt);
                }
            }
        }
        if (posOnly < 0) {
            posOnly = positional;
        }
        Signature sig = new Signature(qualified, names.toArray(new String[0]), posOnly, positional, kwOnly, varArgs, varKw);
        int count = names.size();
        return new BuiltinSpec(name, sig, defaults.toArray(), kwOnly == 0 ? null : kwDefaults.toArray(),
                () -> new JavaBuiltin(body, count, selfType, name));
    }

    /** A default written in a parameter list: {@code ?} (omitted), None, True, False, (), a 'str' or an integer. */
    private static Object defaultValue(String text) {
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            return org.pyj.interpreter.runtime.PyStr.fromJava(text.substring(1, text.length() - 1));
        }
        return switch (text) {
            case "?" -> PMissing.INSTANCE;
            case "()" -> org.pyj.interpreter.runtime.PTuple.EMPTY;
            case "None" -> org.pyj.interpreter.runtime.PNone.NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> Long.parseLong(text);
        };
    }

    /** Whether an optional argument was given. */
    public static boolean given(Object arg) {
        return arg != PMissing.INSTANCE;
    }
}

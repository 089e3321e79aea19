package org.pyj.interpreter.builtins;

import java.util.List;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Generators;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PCoroutine;
import org.pyj.interpreter.runtime.PCoroutineWrapper;
import org.pyj.interpreter.runtime.PGenerator;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyType;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/**
 * The generator type's methods (__next__, send, throw, close, __iter__), the coroutine's
 * (send, throw, close, __await__) and those of coroutine_wrapper, what __await__ returns.
 */
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    public static void install(PyjContext context) {
        PyType g = BuiltinTypes.GENERATOR;
        context.defineMethods(g, List.of(
                method(g, "__next__", "self", (loc, a) -> {
                    Object v = Generators.next(loc, (PGenerator) a[0]);
                    if (v == null) {
                        throw PythonErrors.raiseWithArgs(loc, BuiltinTypes.STOP_ITERATION);
                    }
                    return v;
                }),
                method(g, "send", "self, value, /", (loc, a) -> Generators.send(loc, (PGenerator) a[0], a[1])),
                method(g, "throw", "self, typ, val=?, tb=?, /", (loc, a) -> Generators.throwInto(loc, (PGenerator) a[0], a[1],
                        given(a[2]) ? a[2] : PNone.NONE)),
                method(g, "close", "self", (loc, a) -> Generators.close(loc, (PGenerator) a[0])),
                method(g, "__iter__", "self", (loc, a) -> a[0])));
        PyType c = BuiltinTypes.COROUTINE;
        context.defineMethods(c, List.of(
                method(c, "send", "self, value, /", (loc, a) -> Generators.send(loc, (PCoroutine) a[0], a[1])),
                method(c, "throw", "self, typ, val=?, tb=?, /", (loc, a) -> Generators.throwInto(loc, (PCoroutine) a[0], a[1],
                        given(a[2]) ? a[2] : PNone.NONE)),
                method(c, "close", "self", (loc, a) -> Generators.close(loc, (PCoroutine) a[0])),
                method(c, "__await__", "self", (loc, a) -> new PCoroutineWrapper((PCoroutine) a[0]))));
        PyType w = BuiltinTypes.COROUTINE_WRAPPER;
        context.defineMethods(w, List.of(
                method(w, "__next__", "self", (loc, a) -> Generators.send(loc, ((PCoroutineWrapper) a[0]).getCoroutine(), PNone.NONE)),
                method(w, "send", "self, value, /", (loc, a) -> Generators.send(loc, ((PCoroutineWrapper) a[0]).getCoroutine(), a[1])),
                method(w, "throw", "self, typ, val=?, tb=?, /", (loc, a) -> Generators.throwInto(loc,
                        ((PCoroutineWrapper) a[0]).getCoroutine(), a[1], given(a[2]) ? a[2] : PNone.NONE)),
                method(w, "close", "self", (loc, a) -> Generators.close(loc, ((PCoroutineWrapper) a[0]).getCoroutine())),
                method(w, "__iter__", "self", (loc, a) -> a[0])));
    }
}

package org.pyj.interpreter.builtins;

import java.util.List;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.lib.AsyncGenerators;
import org.pyj.interpreter.lib.Awaitables;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PAnextAwaitable;
import org.pyj.interpreter.runtime.PAsyncGenAwaitable;
import org.pyj.interpreter.runtime.PAsyncGenerator;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyType;

import static org.pyj.interpreter.builtins.JavaBuiltin.function;
import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/**
 * The async generator's methods (__aiter__, __anext__, asend, athrow, aclose), those of the
 * awaitables they return and of anext's, and the aiter/anext builtins.
 */
public final class AsyncGeneratorBuiltins {
    private AsyncGeneratorBuiltins() {
    }

    public static List<BuiltinSpec> functions() {
        return List.of(
                function("aiter", "async_iterable, /", (loc, a) -> Awaitables.aiter(loc, a[0])),
                function("anext", "aiterator, default=?, /", (loc, a) -> Awaitables.anext(loc, a[0], given(a[1]) ? a[1] : null)));
    }

    public static void install(PyjContext context) {
        PyType g = BuiltinTypes.ASYNC_GENERATOR;
        context.defineMethods(g, List.of(
                method(g, "__aiter__", "self", (loc, a) -> a[0]),
                method(g, "__anext__", "self", (loc, a) -> AsyncGenerators.asend((PAsyncGenerator) a[0], PNone.NONE)),
                method(g, "asend", "self, value, /", (loc, a) -> AsyncGenerators.asend((PAsyncGenerator) a[0], a[1])),
                method(g, "athrow", "self, typ, val=?, tb=?, /", (loc, a) -> AsyncGenerators.athrow((PAsyncGenerator) a[0],
                        new Object[]{a[1], given(a[2]) ? a[2] : PNone.NONE})),
                method(g, "aclose", "self", (loc, a) -> AsyncGenerators.athrow((PAsyncGenerator) a[0], null))));
        for (PyType t : new PyType[]{BuiltinTypes.ASYNC_GENERATOR_ASEND, BuiltinTypes.ASYNC_GENERATOR_ATHROW}) {
            context.defineMethods(t, List.of(
                    method(t, "__await__", "self", (loc, a) -> a[0]),
                    method(t, "__iter__", "self", (loc, a) -> a[0]),
                    method(t, "__next__", "self", (loc, a) -> AsyncGenerators.send(loc, (PAsyncGenAwaitable) a[0], PNone.NONE)),
                    method(t, "send", "self, value, /", (loc, a) -> AsyncGenerators.send(loc, (PAsyncGenAwaitable) a[0], a[1])),
                    method(t, "throw", "self, typ, val=?, tb=?, /", (loc, a) -> AsyncGenerators.throwInto(loc,
                            (PAsyncGenAwaitable) a[0], a[1], given(a[2]) ? a[2] : PNone.NONE)),
                    method(t, "close", "self", (loc, a) -> AsyncGenerators.close((PAsyncGenAwaitable) a[0]))));
        }
        PyType n = BuiltinTypes.ANEXT_AWAITABLE;
        context.defineMethods(n, List.of(
                method(n, "__await__", "self", (loc, a) -> a[0]),
                method(n, "__iter__", "self", (loc, a) -> a[0]),
                method(n, "__next__", "self", (loc, a) -> Awaitables.anextProxy(loc, (PAnextAwaitable) a[0], "__next__",
                        new Object[0])),
                method(n, "send", "self, value, /", (loc, a) -> Awaitables.anextProxy(loc, (PAnextAwaitable) a[0], "send",
                        new Object[]{a[1]})),
                method(n, "throw", "self, typ, val=?, tb=?, /", (loc, a) -> Awaitables.anextProxy(loc, (PAnextAwaitable) a[0],
                        "throw", given(a[2]) ? new Object[]{a[1], a[2]} : new Object[]{a[1]})),
                method(n, "close", "self", (loc, a) -> Awaitables.anextProxy(loc, (PAnextAwaitable) a[0], "close",
                        new Object[0]))));
    }
}

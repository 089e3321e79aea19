package org.pyj.parser.ast;

import java.util.List;

/** ASDL `arguments`; {@code kwDefaults} holds null where a keyword-only parameter has no default. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults,
        Arg kwarg, List<Expr> defaults) {
    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}

package org.pyj.parser.ast;

import java.util.List;

/** ASDL `mod`: what a whole parse produces. */
public sealed interface Mod {
    record Module(List<Stmt> body) implements Mod {
    }

    record Interactive(List<Stmt> body) implements Mod {
    }

    record Expression(Expr body) implements Mod {
    }
}

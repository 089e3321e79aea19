package org.pyj.parser.ast;

import java.util.List;

/** ASDL `excepthandler`. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {
}

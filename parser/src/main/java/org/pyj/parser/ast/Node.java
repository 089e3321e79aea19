package org.pyj.parser.ast;

/** Every AST node that carries a position (CPython's `attributes (int lineno, ...)`). */
public interface Node {
    Pos pos();
}

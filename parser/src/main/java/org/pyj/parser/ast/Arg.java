package org.pyj.parser.ast;

/** ASDL `arg`: one parameter. */
public record Arg(String arg, Expr annotation, Pos pos) implements Node {
}

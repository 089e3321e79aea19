package org.pyj.parser.ast;

/** ASDL `keyword`: {@code arg} is null for `**mapping`. */
public record Keyword(String arg, Expr value, Pos pos) implements Node {
}

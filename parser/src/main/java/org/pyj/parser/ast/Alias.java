package org.pyj.parser.ast;

/** ASDL `alias`: a name in an import, with its optional `as` name. */
public record Alias(String name, String asname, Pos pos) implements Node {
}

package org.pyj.parser.ast;

/** ASDL `boolop`. */
public enum Boolop {
    And, Or
}

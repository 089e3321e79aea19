package org.pyj.parser.ast;

/** ASDL `unaryop`. */
public enum Unaryop {
    Invert, Not, UAdd, USub
}

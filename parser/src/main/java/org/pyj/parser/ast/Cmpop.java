package org.pyj.parser.ast;

/** ASDL `cmpop`. */
public enum Cmpop {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}

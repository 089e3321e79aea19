package org.pyj.parser.ast;

/** ASDL `withitem`. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}

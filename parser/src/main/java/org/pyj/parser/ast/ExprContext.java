package org.pyj.parser.ast;

/** ASDL `expr_context`. */
public enum ExprContext {
    Load, Store, Del
}

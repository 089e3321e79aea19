package org.pyj.parser.ast;

import java.util.List;

/** ASDL `comprehension`: one `for ... in ... if ...` clause. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
}

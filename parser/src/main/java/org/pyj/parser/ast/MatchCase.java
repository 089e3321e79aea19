package org.pyj.parser.ast;

import java.util.List;

/** ASDL `match_case`: one `case pattern if guard:` block. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {
}

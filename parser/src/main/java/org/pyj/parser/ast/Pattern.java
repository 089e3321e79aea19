package org.pyj.parser.ast;

import java.util.List;

/** ASDL `pattern` of Python 3.11 (structural pattern matching). */
public sealed interface Pattern extends Node {
    record MatchValue(Expr value, Pos pos) implements Pattern {
    }

    /** {@code value} is Boolean or {@link ConstantValue#NONE}. */
    record MatchSingleton(Object value, Pos pos) implements Pattern {
    }

    record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {
    }

    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos) implements Pattern {
    }

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Pos pos)
            implements Pattern {
    }

    record MatchStar(String name, Pos pos) implements Pattern {
    }

    record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {
    }

    record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {
    }
}

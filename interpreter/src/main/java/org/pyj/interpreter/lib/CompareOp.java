package org.pyj.interpreter.lib;

/** The six rich comparison operators (CPython's Py_LT ... Py_GE), with their symbols and reflections. */
public enum CompareOp {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator with swapped operands: {@code a < b} is {@code b > a}. */
    public CompareOp reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** The special method's name: {@code __lt__} etc. */
    public String dunder() {
        return "__" + name().toLowerCase(java.util.Locale.ROOT) + "__";
    }

    /** Applies the operator to the sign of a three-way comparison. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.nodes.Node;

/**
 * The binary operators of the number protocol: their special methods (CPython's nb_* slots seen
 * from Python) and the builtin arithmetic that runs when no class's method answers.
 */
public enum BinaryOp {
    ADD("__add__", "__radd__", "+"),
    SUB("__sub__", "__rsub__", "-"),
    MUL("__mul__", "__rmul__", "*"),
    TRUEDIV("__truediv__", "__rtruediv__", "/"),
    FLOORDIV("__floordiv__", "__rfloordiv__", "//"),
    MOD("__mod__", "__rmod__", "%"),
    POW("__pow__", "__rpow__", "** or pow()"),
    LSHIFT("__lshift__", "__rlshift__", "<<"),
    RSHIFT("__rshift__", "__rrshift__", ">>"),
    AND("__and__", "__rand__", "&"),
    OR("__or__", "__ror__", "|"),
    XOR("__xor__", "__rxor__", "^"),
    MATMUL("__matmul__", "__rmatmul__", "@");

    private final String method;
    private final String reflected;
    private final String inPlace;
    private final String symbol;

    BinaryOp(String method, String reflected, String symbol) {
        this.method = method;
        this.reflected = reflected;
        this.inPlace = "__i" + method.substring(2);
        this.symbol = symbol;
    }

    public String method() {
        return method;
    }

    public String reflected() {
        return reflected;
    }

    public String inPlace() {
        return inPlace;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator on builtin values; {@code userTried}: the classes' methods already answered NotImplemented. */
    public Object builtin(Node location, Object a, Object b, boolean userTried) {
        return switch (this) {
            case ADD -> BuiltinArithmetic.add(location, a, b, userTried);
            case SUB -> BuiltinArithmetic.subtract(location, a, b, userTried);
            case MUL -> BuiltinArithmetic.multiply(location, a, b, userTried);
            case TRUEDIV -> BuiltinArithmetic.trueDivide(location, a, b, userTried);
            case FLOORDIV -> BuiltinArithmetic.floorDivide(location, a, b, userTried);
            case MOD -> BuiltinArithmetic.remainder(location, a, b, userTried);
            case POW -> BuiltinArithmetic.power(location, a, b, userTried);
            case LSHIFT -> BuiltinArithmetic.lshift(location, a, b, userTried);
            case RSHIFT -> BuiltinArithmetic.rshift(location, a, b, userTried);
            case AND -> BuiltinArithmetic.bitAnd(location, a, b, userTried);
            case OR -> BuiltinArithmetic.bitOr(location, a, b, userTried);
            case XOR -> BuiltinArithmetic.bitXor(location, a, b, userTried);
            case MATMUL -> BuiltinArithmetic.matmul(location, a, b, userTried);
        };
    }
}

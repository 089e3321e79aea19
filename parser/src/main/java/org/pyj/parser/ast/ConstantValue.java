package org.pyj.parser.ast;

/** The literal values of {@link Expr.Constant} that have no natural Java type. */
public final class ConstantValue {
    private ConstantValue() {
    }

    public enum Singleton {
        NONE, ELLIPSIS
    }

    public static final Singleton NONE = Singleton.NONE;
    public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;

    /** An imaginary literal such as {@code 2j}. */
    public record Complex(double imag) {
    }

    /**
     * A str holding surrogate code points (from escapes such as {@code "\ud800"}), which a Java
     * String cannot represent one per code point. Every other str literal is a String.
     */
    public record CodePoints(int[] value) {
        @Override
        public String toString() {
            return new String(value, 0, value.length);
        }
    }

    /** A bytes literal. */
    public record Bytes(byte[] value) {
    }
}

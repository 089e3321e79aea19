package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectFormatNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PComplex;
import org.pyj.interpreter.runtime.PDescriptors;
import org.pyj.interpreter.runtime.PMissing;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The complex type's constructor ({@code complex(real=0, imag=0)}, CPython's complex_new) and
 * methods, and {@code float.conjugate}. Its operators live in {@code lib/ComplexArithmetic}.
 */
public final class ComplexBuiltins {
    private static final PyType COMPLEX = BuiltinTypes.COMPLEX;
    private static final Object MISSING = PMissing.INSTANCE;

    private ComplexBuiltins() {
    }

    public static void install(PyjContext context) {
        context.setConstructor(COMPLEX, JavaBuiltin.function("complex", "cls, /, real=?, imag=?",
                (loc, a) -> construct(loc, a[1], a[2])));
        BuiltinSpec newSpec = JavaBuiltin.function("__new__", "cls, /, real=?, imag=?", (loc, a) -> {
            if (!(a[0] instanceof PyType t)) {
                throw PythonErrors.typeError(loc, "complex.__new__(X): X is not a type object (%s)",
                        PythonTypeOf.typeName(a[0]));
            }
            if (!t.isSubtypeOf(COMPLEX)) {
                throw PythonErrors.typeError(loc, "complex.__new__(%s): %s is not a subtype of complex", t.getName(),
                        t.getName());
            }
            return construct(loc, a[1], a[2]);
        });
        COMPLEX.define("__new__", new PDescriptors.PStaticMethod(context.makeBuiltin(newSpec, "complex")));
        context.defineMethods(COMPLEX, List.of(
                JavaBuiltin.method(COMPLEX, "conjugate", "self", (loc, a) -> ((PComplex) a[0]).conjugate()),
                JavaBuiltin.method(COMPLEX, "__complex__", "self", (loc, a) -> a[0]),
                JavaBuiltin.method(COMPLEX, "__getnewargs__", "self", (loc, a) -> {
                    PComplex z = (PComplex) a[0];
                    return new PTuple(new Object[]{z.getReal(), z.getImag()});
                }),
                JavaBuiltin.method(COMPLEX, "__format__", "self, format_spec, /", (loc, a) -> {
                    if (!(a[1] instanceof TruffleString spec)) {
                        throw PythonErrors.typeError(loc, "__format__() argument must be str, not %s",
                                PythonTypeOf.typeName(a[1]));
                    }
                    return PyObjectFormatNode.formatSlowPath(loc, a[0], spec);
                })));
        context.defineMethods(BuiltinTypes.FLOAT, List.of(
                JavaBuiltin.method(BuiltinTypes.FLOAT, "conjugate", "self", (loc, a) -> a[0])));
        context.defineMethods(COMPLEX, slotWrappers());
    }

    /** complex_new for the exact complex type; either argument may be missing. */
    @TruffleBoundary
    static Object construct(Node location, Object real, Object imag) {
        Object r = real == MISSING ? (Object) 0L : real;
        boolean hasImag = imag != MISSING;
        if (r instanceof PComplex && !hasImag) {
            return r;
        }
        if (r instanceof TruffleString s) {
            if (hasImag) {
                throw PythonErrors.typeError(location, "complex() can't take second arg if first is a string");
            }
            return ComplexFromString.parse(location, PyStr.toJava(s));
        }
        if (hasImag && imag instanceof TruffleString) {
            throw PythonErrors.typeError(location, "complex() second arg can't be a string");
        }
        Object special = complexSpecialMethod(location, r);
        if (special != null) {
            r = special;
        }
        if (!isNumber(r)) {
            throw PythonErrors.typeError(location, "complex() first argument must be a string or a number, not '%s'",
                    PythonTypeOf.typeName(r));
        }
        if (hasImag && !isNumber(imag)) {
            throw PythonErrors.typeError(location, "complex() second argument must be a number, not '%s'",
                    PythonTypeOf.typeName(imag));
        }
        // real + imag*1j, where either may itself be complex.
        double re;
        double im;
        if (r instanceof PComplex cr) {
            re = cr.getReal();
            im = cr.getImag();
        } else {
            re = toFloat(location, r);
            im = 0.0;
        }
        if (!hasImag) {
            return new PComplex(re, im);
        }
        if (imag instanceof PComplex ci) {
            // Only a complex real part adds its imaginary part (adding 0.0 would turn -0.0 into 0.0).
            return new PComplex(re - ci.getImag(), r instanceof PComplex ? ci.getReal() + im : ci.getReal());
        }
        double i = toFloat(location, imag);
        return new PComplex(re, r instanceof PComplex ? i + im : i);
    }

    /** try_complex_special_method: the result of {@code __complex__}, or null when the class has none. */
    private static Object complexSpecialMethod(Node location, Object o) {
        if (!ObjectProtocol.isUserObject(o)) {
            return null;
        }
        Object m = ObjectProtocol.lookupSpecial(o, "__complex__");
        if (m == null) {
            return null;
        }
        Object r = ObjectProtocol.callSpecial(location, m, o);
        if (!(r instanceof PComplex)) {
            throw PythonErrors.typeError(location, "__complex__ returned non-complex (type %s)", PythonTypeOf.typeName(r));
        }
        return r;
    }

    /** Whether complex() takes the value as a number: complex, float, int, or a class with __float__ or __index__. */
    private static boolean isNumber(Object o) {
        if (o instanceof PComplex || BuiltinArithmetic.isNumber(o)) {
            return true;
        }
        return ObjectProtocol.isUserObject(o)
                && (ObjectProtocol.lookupSpecial(o, "__float__") != null || ObjectProtocol.lookupSpecial(o, "__index__") != null);
    }

    /** PyNumber_Float for a value {@link #isNumber} accepted (complex excluded). */
    private static double toFloat(Node location, Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (BuiltinArithmetic.isInt(o)) {
            return BuiltinArithmetic.toDouble(location, o);
        }
        Object m = ObjectProtocol.lookupSpecial(o, "__float__");
        if (m != null) {
            Object r = ObjectProtocol.callSpecial(location, m, o);
            if (!(r instanceof Double d)) {
                throw PythonErrors.typeError(location, "%s.__float__ returned non-float (type %s)",
                        PythonTypeOf.typeName(o), PythonTypeOf.typeName(r));
            }
            return d;
        }
        Object r = ObjectProtocol.callSpecial(location, ObjectProtocol.lookupSpecial(o, "__index__"), o);
        if (!BuiltinArithmetic.isInt(r)) {
            throw PythonErrors.typeError(location, "__index__ returned non-int (type %s)", PythonTypeOf.typeName(r));
        }
        return BuiltinArithmetic.toDouble(location, r);
    }

    /** A second operand complex's slots accept: a complex, float or int (NotImplemented otherwise). */
    private static Object operand(Node loc, Object o) {
        Object v = org.pyj.interpreter.runtime.PValueInstance.unwrap(o);
        return v instanceof PComplex || BuiltinArithmetic.isNumber(v) ? v : null;
    }

    @FunctionalInterface
    private interface Binary {
        Object apply(Node loc, Object a, Object b);
    }

    private static void binary(List<BuiltinSpec> specs, String op, Binary f) {
        specs.add(JavaBuiltin.method(COMPLEX, "__" + op + "__", "self, value, /", (loc, a) -> {
            Object b = operand(loc, a[1]);
            return b == null ? org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED : f.apply(loc, a[0], b);
        }));
        specs.add(JavaBuiltin.method(COMPLEX, "__r" + op + "__", "self, value, /", (loc, a) -> {
            Object b = operand(loc, a[1]);
            return b == null ? org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED : f.apply(loc, b, a[0]);
        }));
    }

    /** complex's special methods as attributes (CPython's slot wrappers): (1j).__add__(1), complex.__abs__. */
    private static List<BuiltinSpec> slotWrappers() {
        List<BuiltinSpec> specs = new java.util.ArrayList<>();
        binary(specs, "add", BuiltinArithmetic::add);
        binary(specs, "sub", BuiltinArithmetic::subtract);
        binary(specs, "mul", BuiltinArithmetic::multiply);
        binary(specs, "truediv", BuiltinArithmetic::trueDivide);
        specs.add(JavaBuiltin.method(COMPLEX, "__pow__", "self, value, mod=None, /", (loc, a) -> {
            Object b = operand(loc, a[1]);
            if (b == null) {
                return org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED;
            }
            if (a[2] != org.pyj.interpreter.runtime.PNone.NONE) {
                throw PythonErrors.valueError(loc, "complex modulo");
            }
            return BuiltinArithmetic.power(loc, a[0], b);
        }));
        specs.add(JavaBuiltin.method(COMPLEX, "__rpow__", "self, value, mod=None, /", (loc, a) -> {
            Object b = operand(loc, a[1]);
            if (b == null) {
                return org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED;
            }
            if (a[2] != org.pyj.interpreter.runtime.PNone.NONE) {
                throw PythonErrors.valueError(loc, "complex modulo");
            }
            return BuiltinArithmetic.power(loc, b, a[0]);
        }));
        specs.add(JavaBuiltin.method(COMPLEX, "__neg__", "self", (loc, a) -> BuiltinArithmetic.negative(loc, a[0])));
        specs.add(JavaBuiltin.method(COMPLEX, "__pos__", "self", (loc, a) -> BuiltinArithmetic.positive(loc, a[0])));
        specs.add(JavaBuiltin.method(COMPLEX, "__abs__", "self", (loc, a) -> BuiltinArithmetic.absolute(loc, a[0])));
        specs.add(JavaBuiltin.method(COMPLEX, "__bool__", "self", (loc, a) -> !((PComplex) a[0]).isZero()));
        specs.add(JavaBuiltin.method(COMPLEX, "__hash__", "self", (loc, a) -> ObjectProtocol.hash(loc, a[0])));
        specs.add(JavaBuiltin.method(COMPLEX, "__repr__", "self", (loc, a) -> ObjectProtocol.repr(loc, a[0])));
        for (org.pyj.interpreter.lib.CompareOp op : org.pyj.interpreter.lib.CompareOp.values()) {
            specs.add(JavaBuiltin.method(COMPLEX, op.dunder(), "self, value, /", (loc, a) -> {
                Object b = operand(loc, a[1]);
                if (b == null || op != org.pyj.interpreter.lib.CompareOp.EQ && op != org.pyj.interpreter.lib.CompareOp.NE) {
                    return org.pyj.interpreter.runtime.PSingleton.NOT_IMPLEMENTED;
                }
                boolean eq = org.pyj.interpreter.lib.ComplexArithmetic.equal(a[0], b);
                return op == org.pyj.interpreter.lib.CompareOp.EQ ? eq : !eq;
            }));
        }
        return specs;
    }
}

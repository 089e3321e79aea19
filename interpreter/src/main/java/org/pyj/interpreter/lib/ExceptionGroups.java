package org.pyj.interpreter.lib;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** BaseExceptionGroup and ExceptionGroup (PEP 654): construction, split, subgroup, derive. */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static boolean isGroup(PBaseException e) {
        return e.getGroupExceptions() != null;
    }

    /** {@code BaseExceptionGroup.__new__(cls, message, exceptions)}. */
    @TruffleBoundary
    public static PBaseException create(Node location, PyType cls, Object message, Object exceptions) {
        if (!(message instanceof TruffleString)) {
            throw PythonErrors.typeError(location, "argument 1 must be str, not %s", PythonTypeOf.typeName(message));
        }
        Object[] items;
        if (exceptions instanceof org.pyj.interpreter.runtime.PList || exceptions instanceof PTuple) {
            items = Containers.toArray(location, exceptions);
        } else {
            throw PythonErrors.typeError(location, "second argument (exceptions) must be a sequence");
        }
        if (items.length == 0) {
            throw PythonErrors.valueError(location, "second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PBaseException e)) {
                throw PythonErrors.valueError(location, "Item %d of second argument (exceptions) is not an exception", i);
            }
            allExceptions &= e.getType().isSubtypeOf(BuiltinTypes.EXCEPTION);
        }
        PyType type = cls;
        if (cls == BuiltinTypes.BASE_EXCEPTION_GROUP) {
            if (allExceptions) {
                type = BuiltinTypes.EXCEPTION_GROUP;
            }
        } else if (cls.isSubtypeOf(BuiltinTypes.EXCEPTION) && !allExceptions) {
            if (cls == BuiltinTypes.EXCEPTION_GROUP) {
                throw PythonErrors.typeError(location, "Cannot nest BaseExceptions in an ExceptionGroup");
            }
            throw PythonErrors.typeError(location, "Cannot nest BaseExceptions in '%s'", cls.getName());
        }
        PBaseException group = new PBaseException(type, new PTuple(new Object[]{message, exceptions}));
        group.setGroup(message, new PTuple(items));
        return group;
    }

    /** What split/subgroup test an exception with: a type, a tuple of types, or a predicate. */
    private static boolean matches(Node location, Object condition, PBaseException e) {
        if (condition instanceof PyType || condition instanceof PTuple) {
            return org.pyj.interpreter.builtins.ObjectBuiltins.isInstance(location, e, condition);
        }
        return ObjectProtocol.isTrue(location, ObjectProtocol.call(location, condition, e));
    }

    @TruffleBoundary
    public static void checkCondition(Node location, Object condition) {
        if (condition instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            return;
        }
        if (condition instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (!(o instanceof PyType c && c.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION))) {
                    throw PythonErrors.typeError(location,
                            "expected a function, exception type or tuple of exception types");
                }
            }
            return;
        }
        if (!(condition instanceof PyType) && ObjectProtocol.lookupSpecial(condition, "__call__") != null
                || condition instanceof org.pyj.interpreter.runtime.PythonCallable
                || condition instanceof org.pyj.interpreter.runtime.PMethod) {
            return;
        }
        throw PythonErrors.typeError(location, "expected a function, exception type or tuple of exception types");
    }

    /** {@code eg.split(condition)}: (matching part or None, the rest or None), keeping the nesting. */
    @TruffleBoundary
    public static PBaseException[] split(Node location, PBaseException group, Object condition) {
        if (matches(location, condition, group)) {
            return new PBaseException[]{group, null};
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object o : group.getGroupExceptions().getItems()) {
            PBaseException e = (PBaseException) o;
            if (isGroup(e)) {
                PBaseException[] parts = split(location, e, condition);
                if (parts[0] != null) {
                    matched.add(parts[0]);
                }
                if (parts[1] != null) {
                    rest.add(parts[1]);
                }
            } else if (matches(location, condition, e)) {
                matched.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PBaseException[]{matched.isEmpty() ? null : derive(location, group, matched),
                rest.isEmpty() ? null : derive(location, group, rest)};
    }

    /** A group like {@code group} over other exceptions: derive(), then the original's notes, cause, context. */
    @TruffleBoundary
    public static PBaseException derive(Node location, PBaseException group, List<Object> exceptions) {
        Object derived = ObjectProtocol.call(location, ObjectProtocol.getAttr(location, group, "derive"),
                new org.pyj.interpreter.runtime.PList(exceptions.toArray()));
        if (!(derived instanceof PBaseException d) || !isGroup(d)) {
            throw PythonErrors.typeError(location, "derive must return an instance of BaseExceptionGroup");
        }
        d.setCauseOnly(group.getCause());
        d.setCarrier(group.getCarrier()); // the parts keep the group's __traceback__
        d.setTracebackDepth(group.getTracebackDepth());
        d.setSuppressContext(group.isSuppressContext());
        d.setContext(group.getContext());
        Object notes = ObjectProtocol.lookupAttr(location, group, "__notes__");
        if (notes != null) {
            ObjectProtocol.setAttr(location, d, "__notes__", notes);
        }
        return d;
    }

    /** str(eg): "message (n sub-exceptions)". */
    @TruffleBoundary
    public static String str(Node location, PBaseException group) {
        int n = group.getGroupExceptions().size();
        return org.pyj.interpreter.runtime.PyStr.toJava(ObjectProtocol.str(location, group.getGroupMessage())) + " (" + n
                + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    static Object noneIfNull(Object o) {
        return o == null ? PNone.NONE : o;
    }
}

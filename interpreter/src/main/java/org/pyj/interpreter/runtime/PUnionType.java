package org.pyj.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * {@code int | str} (PEP 604, types.UnionType): the member types in order, nested unions
 * flattened and duplicates dropped; None stands for NoneType.
 */
public final class PUnionType implements TruffleObject {
    private final PTuple args;

    private PUnionType(PTuple args) {
        this.args = args;
    }

    public PTuple getArgs() {
        return args;
    }

    /** Whether {@code o} may be an operand of {@code |} that makes a union. */
    public static boolean isOperand(Object o) {
        return o instanceof PyType || o == PNone.NONE || o instanceof PUnionType || o instanceof PGenericAlias;
    }

    /** {@code a | b}; a single distinct member is returned as itself. */
    public static Object of(Object a, Object b) {
        List<Object> members = new ArrayList<>();
        add(members, a);
        add(members, b);
        if (members.size() == 1) {
            return members.get(0);
        }
        return new PUnionType(new PTuple(members.toArray()));
    }

    private static void add(List<Object> members, Object o) {
        if (o instanceof PUnionType u) {
            for (Object m : u.args.getItems()) {
                add(members, m);
            }
            return;
        }
        Object m = o == PNone.NONE ? BuiltinTypes.NONE_TYPE : o;
        for (Object x : members) {
            if (x == m || x instanceof PGenericAlias && x.equals(m)) {
                return;
            }
        }
        members.add(m);
    }
}

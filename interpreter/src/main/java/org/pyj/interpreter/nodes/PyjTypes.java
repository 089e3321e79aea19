package org.pyj.interpreter.nodes;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The primitive representations the DSL specializes on. An {@code int} is accepted wherever a
 * {@code long} is expected, so one long specialization covers both small-int representations.
 */
@TypeSystem({boolean.class, int.class, long.class, double.class})
public abstract class PyjTypes {
    @ImplicitCast
    public static long castLong(int value) {
        return value;
    }
}

package org.pyj.interpreter.nodes.call;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PythonCallable;

/**
 * Builds the frame arguments of a call. The fast path is an exact positional call of a function
 * with only positional parameters; everything else goes through {@link ArgumentBinder}.
 */
public abstract class BindArgumentsNode extends PyjNode {
    public abstract Object[] execute(PythonCallable callee, Object[] args, String[] kwNames, Object[] kwValues);

    @Specialization(guards = {"kwNames.length == 0", "callee.getSignature().isSimple()",
            "args.length == callee.getSignature().getPositionalCount()"})
    static Object[] exactPositional(PythonCallable callee, Object[] args, @SuppressWarnings("unused") String[] kwNames,
            @SuppressWarnings("unused") Object[] kwValues) {
        Object[] result = PArguments.create(callee.getGlobals(), callee, args.length);
        System.arraycopy(args, 0, result, PArguments.USER_ARGUMENTS, args.length);
        return result;
    }

    @Fallback
    Object[] general(PythonCallable callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return ArgumentBinder.bind(this, callee, callee, args, kwNames, kwValues);
    }
}

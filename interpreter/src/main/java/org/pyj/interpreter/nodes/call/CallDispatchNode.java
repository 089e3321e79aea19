package org.pyj.interpreter.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PythonCallable;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * Calls a callable (CPython's PyObject_Call / tp_call): an inline cache of direct calls keyed by
 * code, so Graal can inline monomorphic call sites; megamorphic sites call indirectly.
 */
public abstract class CallDispatchNode extends PyjNode {
    public abstract Object execute(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    @Specialization(guards = "callee.getCallTarget() == cachedTarget", limit = "3")
    static Object callDirect(PythonCallable callee, Object[] args, String[] kwNames, Object[] kwValues,
            @Cached("callee.getCallTarget()") RootCallTarget cachedTarget,
            @Cached("create(cachedTarget)") DirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        return callNode.call(bind.execute(callee, args, kwNames, kwValues));
    }

    @Specialization(replaces = "callDirect")
    static Object callIndirect(PythonCallable callee, Object[] args, String[] kwNames, Object[] kwValues,
            @Shared("indirect") @Cached IndirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        return callNode.call(callee.getCallTarget(), bind.execute(callee, args, kwNames, kwValues));
    }

    /** Calling a type runs its tp_new slot with the type as first argument. */
    @Specialization(guards = "type == cachedType", limit = "3")
    static Object callType(PyType type, Object[] args, String[] kwNames, Object[] kwValues,
            @Cached("type") PyType cachedType,
            @Cached("getConstructor(cachedType)") PythonCallable constructor,
            @Cached("create(constructor.getCallTarget())") DirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        return callNode.call(bind.execute(constructor, prepend(cachedType, args), kwNames, kwValues));
    }

    @Specialization(replaces = "callType")
    Object callTypeIndirect(PyType type, Object[] args, String[] kwNames, Object[] kwValues,
            @Shared("indirect") @Cached IndirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        PythonCallable constructor = getConstructor(type);
        return callNode.call(constructor.getCallTarget(), bind.execute(constructor, prepend(type, args), kwNames, kwValues));
    }

    @Fallback
    Object notCallable(Object callee, @SuppressWarnings("unused") Object[] args,
            @SuppressWarnings("unused") String[] kwNames, @SuppressWarnings("unused") Object[] kwValues) {
        throw PythonErrors.typeError(this, "'%s' object is not callable", PythonTypeOf.typeName(callee));
    }

    static PythonCallable getConstructor(PyType type) {
        Object ctor = type.getSlots().tp_new;
        if (ctor == null) {
            throw PythonErrors.typeError(null, "cannot create '%s' instances", type.getName());
        }
        return (PythonCallable) ctor;
    }

    private static Object[] prepend(Object first, Object[] args) {
        Object[] r = new Object[args.length + 1];
        r[0] = first;
        System.arraycopy(args, 0, r, 1, args.length);
        return r;
    }
}

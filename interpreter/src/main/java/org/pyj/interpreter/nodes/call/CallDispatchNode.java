package org.pyj.interpreter.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PMethod;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PythonCallable;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * Calls a callable (CPython's PyObject_Call / tp_call): an inline cache of direct calls keyed by
 * code, so Graal can inline monomorphic call sites; megamorphic sites call indirectly.
 */
@com.oracle.truffle.api.dsl.ImportStatic(org.pyj.interpreter.lib.CallSpecialMethodNode.class)
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
            @Cached IndirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        return callNode.call(callee.getCallTarget(), bind.execute(callee, args, kwNames, kwValues));
    }

    /** A bound method: its function with {@code self} first, no bound-method allocation after inlining. */
    @Specialization(guards = {"cachedFunction != null", "method.getFunction() == cachedFunction"}, limit = "3")
    static Object callBoundMethod(PMethod method, Object[] args, String[] kwNames, Object[] kwValues,
            @Cached("getCallable(method)") Object cachedFunction,
            @Cached("createDirect(cachedFunction)") DirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        return callNode.call(bind.execute((PythonCallable) cachedFunction, prepend(method.getSelf(), args), kwNames, kwValues));
    }

    static DirectCallNode createDirect(Object callable) {
        return callable instanceof PythonCallable c ? DirectCallNode.create(c.getCallTarget()) : null;
    }

    static Object getCallable(PMethod method) {
        return method.getFunction() instanceof PythonCallable c ? c : null;
    }

    /** Calling a builtin type runs its tp_new slot with the type as first argument. */
    @Specialization(guards = {"type == cachedType", "constructor != null"}, limit = "3")
    static Object callType(PyType type, Object[] args, String[] kwNames, Object[] kwValues,
            @Cached("type") PyType cachedType,
            @Cached("getConstructor(cachedType)") PythonCallable constructor,
            @Cached("createDirect(constructor)") DirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        return callNode.call(bind.execute(constructor, prepend(cachedType, args), kwNames, kwValues));
    }

    /**
     * Calling a class whose instances are plain objects and whose {@code __init__} is a Python
     * function: allocate, then call {@code __init__} directly (type.__call__ inlined).
     */
    @Specialization(guards = {"type == cachedType", "init != null"}, assumptions = "cachedType.getStableAssumption()",
            limit = "3")
    Object callClass(PyType type, Object[] args, String[] kwNames, Object[] kwValues,
            @Cached("type") PyType cachedType,
            @Cached("getPlainInit(cachedType)") PFunction init,
            @Cached("createDirect(init)") DirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        PythonObject self = new PythonObject(cachedType);
        Object result = callNode.call(bind.execute(init, prepend(self, args), kwNames, kwValues));
        if (result != PNone.NONE) {
            throw PythonErrors.typeError(this, "__init__() should return None, not '%s'", PythonTypeOf.typeName(result));
        }
        return self;
    }

    /** Calling an instance whose class's {@code __call__} is a Python function: that function with the instance first. */
    @Specialization(guards = {"isPlainInstance(callee)", "callee.getPythonType() == cachedType", "call != null"},
            assumptions = "cachedType.getStableAssumption()", limit = "3")
    static Object callInstance(PythonObject callee, Object[] args, String[] kwNames, Object[] kwValues,
            @Cached("callee.getPythonType()") PyType cachedType,
            @Cached("lookupCall(cachedType)") PFunction call,
            @Cached("createDirect(call)") DirectCallNode callNode,
            @Shared("bind") @Cached BindArgumentsNode bind) {
        return callNode.call(bind.execute(call, prepend(callee, args), kwNames, kwValues));
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static PFunction lookupCall(PyType type) {
        return type.lookup("__call__") instanceof PFunction f ? f : null;
    }

    @Specialization(replaces = {"callBoundMethod", "callType", "callClass", "callInstance"})
    Object generic(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return ObjectProtocol.callWithKeywords(this, callee, args, kwNames, kwValues);
    }

    /** The {@code __init__} of a class called the plain way, or null when the call needs the general path. */
    static PFunction getPlainInit(PyType type) {
        if (type.isBuiltin() || type.getMetaclass() != BuiltinTypes.TYPE || type.getBase() != BuiltinTypes.OBJECT
                || type.getOwn("__abstractmethods__") != null) {
            return null;
        }
        PyType newOwner = type.lookupOwner("__new__");
        if (newOwner != null && !newOwner.isBuiltin()) {
            return null;
        }
        return type.lookup("__init__") instanceof PFunction f ? f : null;
    }

    /** The tp_new of a builtin type that is called directly, or null. */
    static PythonCallable getConstructor(PyType type) {
        if (!type.isBuiltin() || type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION) || type == BuiltinTypes.TYPE) {
            return null;
        }
        return type.getSlots().tp_new instanceof PythonCallable c ? c : null;
    }

    private static Object[] prepend(Object first, Object[] args) {
        Object[] r = new Object[args.length + 1];
        r[0] = first;
        System.arraycopy(args, 0, r, 1, args.length);
        return r;
    }
}

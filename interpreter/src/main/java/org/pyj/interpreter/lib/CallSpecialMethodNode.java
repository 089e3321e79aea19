package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonCallable;
import org.pyj.interpreter.runtime.PythonObject;

/**
 * Calls a special method of an instance's class (CPython's vectorcall_method): the method is
 * looked up once per class and cached under the class's stability assumption, which is what a
 * class's slot is; the call is inline-cached. Only methods that are plain callables defined by a
 * class are called here; for anything else (no such method, object's default, a descriptor, None)
 * it returns {@link #NOT_HANDLED} without calling anything, and the caller takes its slow path.
 */
public abstract class CallSpecialMethodNode extends PyjNode {
    /** No arguments besides self. */
    public static final Object[] NO_ARGS = new Object[0];

    /** Returned when this node called nothing; never a Python value. */
    public static final Object NOT_HANDLED = new Object();

    protected final String name;

    protected CallSpecialMethodNode(String name) {
        this.name = name;
    }

    public static CallSpecialMethodNode create(String name) {
        return CallSpecialMethodNodeGen.create(name);
    }

    /** Calls {@code type(self).name(self, *args)}, or returns {@link #NOT_HANDLED}. */
    public abstract Object execute(PythonObject self, Object[] args);

    /** An instance of a class whose methods are found by name and which holds nothing builtin. */
    public static boolean isPlainInstance(Object o) {
        return o != null && o.getClass() == PythonObject.class && ((PythonObject) o).getPythonType().dispatchesByName();
    }

    /** Whether a special method found on a class (or its absence, null) can be called by the cached paths. */
    static boolean callableOrAbsent(Object method) {
        return method == null || method instanceof PythonCallable;
    }

    /** The class's method when it is a callable the fast path can call with self first, else null. */
    @TruffleBoundary
    static Object lookupCallable(PyType type, String name) {
        PyType owner = type.lookupOwner(name);
        if (owner == null || owner == BuiltinTypes.OBJECT) {
            return null;
        }
        Object m = owner.getOwn(name);
        return m instanceof PythonCallable ? m : null;
    }

    @Specialization(guards = "self.getPythonType() == cachedType", assumptions = "cachedType.getStableAssumption()",
            limit = "3")
    static Object cached(PythonObject self, Object[] args,
            @Cached("self.getPythonType()") PyType cachedType,
            @Cached("lookupCallable(cachedType, name)") Object method,
            @Cached CallDispatchNode call) {
        if (method == null) {
            return NOT_HANDLED;
        }
        return call.execute(method, ObjectProtocol.prepend(self, args), ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
    }

    @Specialization(replaces = "cached")
    Object uncached(PythonObject self, Object[] args,
            @Cached CallDispatchNode call) {
        Object method = lookupCallable(self.getPythonType(), name);
        if (method == null) {
            return NOT_HANDLED;
        }
        return call.execute(method, ObjectProtocol.prepend(self, args), ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
    }
}

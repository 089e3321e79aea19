package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PSimpleNamespace;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code obj.name} (PyObject_GetAttr) for a name fixed per node. Module attributes are read
 * through a shape-cached DynamicObject access; the full descriptor protocol comes with classes.
 */
@NodeField(name = "name", type = String.class)
public abstract class PyObjectGetAttrNode extends PyjNode {
    public abstract Object execute(Object object);

    protected abstract String getName();

    public static PyObjectGetAttrNode create(String name) {
        return PyObjectGetAttrNodeGen.create(name);
    }

    @Specialization(limit = "3")
    Object moduleAttribute(PModule module, @CachedLibrary("module") DynamicObjectLibrary objects) {
        Object value = objects.getOrDefault(module, getName(), null);
        if (value == null) {
            throw PythonErrors.attributeError(this, module, getName(), "module '%s' has no attribute '%s'",
                    module.getName(), getName());
        }
        return value;
    }

    @Fallback
    Object generic(Object object) {
        return getAttrSlowPath(this, object, getName());
    }

    @TruffleBoundary
    static Object getAttrSlowPath(Node location, Object object, String name) {
        if (object instanceof PSimpleNamespace ns && ns.getAttributes().containsKey(name)) {
            return ns.getAttributes().get(name);
        } else if (object instanceof PBaseException e) {
            if (name.equals("args")) {
                return e.getArgs();
            } else if (name.equals("code") && e.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
                return e.getExitCode();
            } else if (name.equals("__cause__")) {
                return e.getCause() == null ? org.pyj.interpreter.runtime.PNone.NONE : e.getCause();
            } else if (name.equals("__context__")) {
                return e.getContext() == null ? org.pyj.interpreter.runtime.PNone.NONE : e.getContext();
            } else if (name.equals("__suppress_context__")) {
                return e.isSuppressContext();
            } else if (name.equals("__class__")) {
                return e.getType();
            } else if (name.equals("name") && (e.getType().isSubtypeOf(BuiltinTypes.NAME_ERROR)
                    || e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR))) {
                return e.getName() == null ? org.pyj.interpreter.runtime.PNone.NONE : PyStr.fromJava(e.getName());
            } else if (name.equals("obj") && e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                return e.getObj() == null ? org.pyj.interpreter.runtime.PNone.NONE : e.getObj();
            }
        } else if (object instanceof PyType t) {
            if (name.equals("__name__") || name.equals("__qualname__")) {
                return PyStr.fromJava(t.getName());
            } else if (name.equals("__module__")) {
                return PyStr.fromJava(t.getModule());
            }
        } else if (object instanceof PModule m && name.equals("__name__")) {
            return PyStr.fromJava(m.getName());
        }
        if (object instanceof PyType t) {
            throw PythonErrors.attributeError(location, t, name, "type object '%s' has no attribute '%s'",
                    t.getName(), name);
        }
        throw PythonErrors.attributeError(location, object, name, "'%s' object has no attribute '%s'",
                PythonTypeOf.typeName(object), name);
    }
}

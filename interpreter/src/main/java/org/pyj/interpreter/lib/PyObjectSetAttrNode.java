package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDescriptors.PProperty;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PyType;

/**
 * {@code obj.name = value} (PyObject_SetAttr) for a name fixed per node. An instance of a class
 * whose MRO has no data descriptor for the name and no custom {@code __setattr__} stores straight
 * into its shape (decided once per class, under the class's stability assumption).
 */
@NodeField(name = "name", type = String.class)
public abstract class PyObjectSetAttrNode extends PyjNode {
    public abstract void execute(Object object, Object value);

    protected abstract String getName();

    public static PyObjectSetAttrNode create(String name) {
        return PyObjectSetAttrNodeGen.create(name);
    }

    @Specialization(guards = {"object.getPythonType() == cachedType", "plainStore"}, assumptions = "cachedType.getStableAssumption()",
            limit = "3")
    void instanceStore(PythonObject object, Object value,
            @Cached("object.getPythonType()") PyType cachedType,
            @Cached("isPlainStore(cachedType, getName())") boolean plainStore,
            @CachedLibrary("object") DynamicObjectLibrary objects) {
        objects.put(object, getName(), value);
    }

    /** Assigning a property of the class: its setter, called directly. */
    @Specialization(guards = {"object.getPythonType() == cachedType", "property != null"},
            assumptions = "cachedType.getStableAssumption()", limit = "3")
    void propertyStore(PythonObject object, Object value,
            @Cached("object.getPythonType()") PyType cachedType,
            @Cached("settableProperty(cachedType, getName())") PProperty property,
            @Cached CallDispatchNode callSetter) {
        Object fset = property.fset;
        if (fset == null || fset == PNone.NONE) {
            ObjectProtocol.setAttr(this, object, getName(), value); // the "has no setter" error
            return;
        }
        callSetter.execute(fset, new Object[]{object, value}, ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
    }

    /** The plain property (not a subclass of property) that setting {@code name} on instances goes to, or null. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static PProperty settableProperty(PyType type, String name) {
        if (type.isBuiltin() || Attributes.isLayoutAttribute(type, name)) {
            return null;
        }
        Object setattr = type.lookup("__setattr__");
        if (setattr != null && setattr != BuiltinTypes.OBJECT.getOwn("__setattr__")) {
            return null;
        }
        return type.lookup(name) instanceof PProperty p && p.getPythonType() == BuiltinTypes.PROPERTY ? p : null;
    }

    @Specialization(replaces = {"instanceStore", "propertyStore"})
    void generic(Object object, Object value) {
        ObjectProtocol.setAttr(this, object, getName(), value);
    }

    /** Whether setting {@code name} on instances of {@code type} is a plain store into the shape. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static boolean isPlainStore(PyType type, String name) {
        if (type.isBuiltin() || Attributes.isLayoutAttribute(type, name)) {
            return false;
        }
        Object setattr = type.lookup("__setattr__");
        if (setattr != null && setattr != BuiltinTypes.OBJECT.getOwn("__setattr__")) {
            return false;
        }
        Object descr = type.lookup(name);
        if (descr instanceof org.pyj.interpreter.runtime.PDescriptors.PSlotMember m) {
            // A __slots__ member stores into the shape under its own name, as an instance dict would.
            return m.getName().equals(name);
        }
        return type.hasInstanceDict() && (descr == null || !ObjectProtocol.isDataDescriptor(descr)
                && !(descr instanceof org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor));
    }
}

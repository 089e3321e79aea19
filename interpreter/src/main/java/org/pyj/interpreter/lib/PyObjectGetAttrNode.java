package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.call.ArgumentBinder;
import org.pyj.interpreter.nodes.call.CallDispatchNode;
import org.pyj.interpreter.runtime.PDescriptors.PProperty;
import org.pyj.interpreter.runtime.PDescriptors.PSuper;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PMethod;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonObject;

/**
 * {@code obj.name} (PyObject_GetAttr) for a name fixed per node. Module attributes and the
 * attributes of class instances are read through shape-cached DynamicObject accesses; what the
 * class contributes (a method, a descriptor, a plain class attribute or nothing) is decided once
 * per class and cached under the class's stability assumption. Everything else takes the
 * generic path of {@link ObjectProtocol#getAttr}.
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
            return ObjectProtocol.getAttr(this, module, getName());
        }
        return value;
    }

    @Specialization(guards = {"object.getPythonType() == cachedType", "lookup != null"},
            assumptions = "cachedType.getStableAssumption()", limit = "4")
    Object instanceAttribute(PythonObject object,
            @Cached("object.getPythonType()") PyType cachedType,
            @Cached("classAttribute(cachedType, getName())") ClassAttribute lookup,
            @CachedLibrary("object") DynamicObjectLibrary objects,
            @Cached CallDispatchNode callGetter) {
        if (lookup.kind == ClassAttribute.PROPERTY) {
            // A property's getter, called directly (it is a data descriptor: the instance dict is not consulted).
            return callGetter.execute(((PProperty) lookup.value).fget, new Object[]{object}, ArgumentBinder.NO_KEYWORDS,
                    ArgumentBinder.NO_VALUES);
        }
        if (lookup.kind == ClassAttribute.DATA_DESCRIPTOR) {
            return ObjectProtocol.getAttr(this, object, getName());
        }
        if (lookup.kind == ClassAttribute.SLOT) {
            // A __slots__ member keeps its value in the shape under its own name.
            Object value = objects.getOrDefault(object, getName(), null);
            return value != null ? value : ObjectProtocol.getAttr(this, object, getName());
        }
        Object value = objects.getOrDefault(object, getName(), null);
        if (value != null) {
            return value;
        }
        switch (lookup.kind) {
            case ClassAttribute.METHOD:
                return new PMethod(object, lookup.value);
            case ClassAttribute.PLAIN:
                return lookup.value;
            case ClassAttribute.ABSENT:
                if (lookup.getattrHook != null) {
                    // Nothing anywhere: object.__getattribute__ would raise, so __getattr__ answers.
                    return callGetter.execute(lookup.getattrHook, new Object[]{object, nameString()},
                            ArgumentBinder.NO_KEYWORDS, ArgumentBinder.NO_VALUES);
                }
                return ObjectProtocol.getAttr(this, object, getName());
            default:
                return ObjectProtocol.getAttr(this, object, getName());
        }
    }

    /**
     * A method of a builtin type on one of its instances ({@code lst.append}): builtin types'
     * dicts do not change after startup, so the method found is cached for the type.
     */
    @Specialization(guards = {"typeOf(object) == cachedType", "method != null"}, limit = "4")
    Object builtinMethod(Object object,
            @Cached("typeOf(object)") PyType cachedType,
            @Cached("builtinMethod(cachedType, getName())") PBuiltinFunction method) {
        return new PMethod(object, method);
    }

    static PyType typeOf(Object o) {
        return org.pyj.interpreter.runtime.PythonTypeOf.typeOf(o);
    }

    /** The builtin method {@code name} of a builtin type that its instances get bound, or null. */
    @TruffleBoundary
    static PBuiltinFunction builtinMethod(PyType type, String name) {
        if (!type.isBuiltin() || type == org.pyj.interpreter.runtime.BuiltinTypes.TYPE
                || Attributes.isLayoutAttribute(type, name)) {
            return null;
        }
        return type.lookup(name) instanceof PBuiltinFunction f && type.lookupOwner(name) != org.pyj.interpreter.runtime.BuiltinTypes.OBJECT
                ? f : null;
    }

    /**
     * {@code super().name} inside a method: what the MRO after the class holds for the name is
     * cached per (class, instance type); a function found there binds to the instance.
     */
    @Specialization(guards = {"s.getType() == cachedType", "s.getObjectType() == cachedObjectType", "boundToInstance(s)",
            "function != null"}, assumptions = "cachedObjectType.getStableAssumption()", limit = "3")
    Object superMethod(PSuper s,
            @Cached("s.getType()") PyType cachedType,
            @Cached("s.getObjectType()") PyType cachedObjectType,
            @Cached("superFunction(cachedType, cachedObjectType, getName())") PFunction function) {
        return new PMethod(s.getObject(), function);
    }

    static boolean boundToInstance(PSuper s) {
        return s.getObject() != s.getObjectType();
    }

    /** The plain function super() finds for {@code name} after {@code type} on {@code objectType}'s MRO, or null. */
    @TruffleBoundary
    static PFunction superFunction(PyType type, PyType objectType, String name) {
        PyType[] mro = objectType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != type) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].getOwn(name);
            if (v != null) {
                return v instanceof PFunction f ? f : null;
            }
        }
        return null;
    }

    /** The attribute's name as a Python str, made once per node. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private Object nameString;

    final Object nameString() {
        if (nameString == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            nameString = org.pyj.interpreter.runtime.PyStr.fromJava(getName());
        }
        return nameString;
    }

    @Specialization(replaces = {"moduleAttribute", "instanceAttribute", "superMethod", "builtinMethod"})
    Object generic(Object object) {
        return ObjectProtocol.getAttr(this, object, getName());
    }

    /** What a class contributes to reading an attribute of its instances. */
    public static final class ClassAttribute {
        static final int ABSENT = 0;
        static final int METHOD = 1;
        static final int PLAIN = 2;
        static final int DATA_DESCRIPTOR = 3;
        static final int OTHER = 4;
        static final int PROPERTY = 5;
        static final int SLOT = 6;

        final int kind;
        final Object value;
        /** The class's {@code __getattr__} when it is a Python function (called for ABSENT names). */
        final Object getattrHook;

        ClassAttribute(int kind, Object value) {
            this(kind, value, null);
        }

        ClassAttribute(int kind, Object value, Object getattrHook) {
            this.kind = kind;
            this.value = value;
            this.getattrHook = getattrHook;
        }
    }

    /** The class-side answer for {@code name}, or null when the class customizes attribute access. */
    @TruffleBoundary
    static ClassAttribute classAttribute(PyType type, String name) {
        if (type.isBuiltin() || Attributes.isLayoutAttribute(type, name)) {
            return null;
        }
        Object getattribute = type.lookup("__getattribute__");
        if (getattribute != null && getattribute != org.pyj.interpreter.runtime.BuiltinTypes.OBJECT.getOwn("__getattribute__")) {
            return null;
        }
        Object descr = type.lookup(name);
        Object getattr = type.lookup("__getattr__");
        if (descr == null) {
            if (getattr != null && !(getattr instanceof PFunction)) {
                return new ClassAttribute(ClassAttribute.OTHER, null);
            }
            return new ClassAttribute(ClassAttribute.ABSENT, null, getattr);
        } else if (descr instanceof PFunction || descr instanceof PBuiltinFunction) {
            return new ClassAttribute(ClassAttribute.METHOD, descr);
        } else if (descr instanceof PProperty p && p.getPythonType() == org.pyj.interpreter.runtime.BuiltinTypes.PROPERTY
                && p.fget instanceof PFunction && getattr == null) {
            // (With __getattr__, an AttributeError from the getter goes to it: the generic path.)
            return new ClassAttribute(ClassAttribute.PROPERTY, descr);
        } else if (descr instanceof org.pyj.interpreter.runtime.PDescriptors.PSlotMember m && m.getName().equals(name)) {
            return new ClassAttribute(ClassAttribute.SLOT, descr);
        } else if (ObjectProtocol.isDataDescriptor(descr) || descr instanceof org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor) {
            return new ClassAttribute(ClassAttribute.DATA_DESCRIPTOR, descr);
        } else if (ObjectProtocol.isUserObject(descr) && ObjectProtocol.lookupSpecial(descr, "__get__") != null
                || descr instanceof org.pyj.interpreter.runtime.PDescriptors.PClassMethod
                || descr instanceof org.pyj.interpreter.runtime.PDescriptors.PStaticMethod) {
            return new ClassAttribute(ClassAttribute.OTHER, descr);
        }
        return new ClassAttribute(ClassAttribute.PLAIN, descr);
    }
}

package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** The descriptor types written in Java: property, classmethod, staticmethod. */
public final class PDescriptors {
    private PDescriptors() {
    }

    /** {@code property(fget, fset, fdel, doc)}: a data descriptor. */
    public static final class PProperty extends PythonObject {
        public Object fget;
        public Object fset;
        public Object fdel;
        public Object doc;
        /** Set by {@code __set_name__}, for error messages. */
        public String name;

        public PProperty(PyType type, Object fget, Object fset, Object fdel, Object doc) {
            super(type);
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }
    }

    /** {@code classmethod(f)}: binds to the class. A PythonObject, so that classes can derive from classmethod. */
    public static final class PClassMethod extends PythonObject {
        private Object function;
        /** For a builtin type's own class method (CPython's classmethod_descriptor): that type; else null. */
        private final PyType objclass;

        public PClassMethod(Object function) {
            this(function, null);
        }

        private PClassMethod(Object function, PyType objclass) {
            super(objclass != null ? BuiltinTypes.CLASSMETHOD_DESCRIPTOR : BuiltinTypes.CLASSMETHOD);
            this.function = function;
            this.objclass = objclass;
        }

        /** An instance of a class derived from classmethod; its __init__ gives the function. */
        public PClassMethod(PyType subclass) {
            super(subclass);
            this.function = PNone.NONE;
            this.objclass = null;
        }

        public void setFunction(Object function) {
            this.function = function;
        }

        /** Wraps the builtin function {@code type.name} as the type's class method. */
        public static PClassMethod ofBuiltin(PyType type, String name) {
            return new PClassMethod(type.getOwn(name), type);
        }

        public Object getFunction() {
            return function;
        }

        public PyType getObjclass() {
            return objclass;
        }
    }

    /** {@code staticmethod(f)}: never binds. */
    public static final class PStaticMethod extends PythonObject {
        private Object function;

        public PStaticMethod(Object function) {
            super(BuiltinTypes.STATICMETHOD);
            this.function = function;
        }

        /** An instance of a class derived from staticmethod; its __init__ gives the function. */
        public PStaticMethod(PyType subclass) {
            super(subclass);
            this.function = PNone.NONE;
        }

        public void setFunction(Object function) {
            this.function = function;
        }

        public Object getFunction() {
            return function;
        }
    }

    /** {@code super(type, obj)}: looks attributes up on obj's MRO after type. */
    public static final class PSuper implements TruffleObject {
        private final PyType type;
        private final Object object;
        /** The type whose MRO is searched: type(obj), or obj itself when it is a subclass of type. */
        private final PyType objectType;

        public PSuper(PyType type, Object object, PyType objectType) {
            this.type = type;
            this.object = object;
            this.objectType = objectType;
        }

        public PyType getType() {
            return type;
        }

        public Object getObject() {
            return object;
        }

        public PyType getObjectType() {
            return objectType;
        }
    }

    /** A member of {@code __slots__}: reads and writes one named slot of the instance. */
    /**
     * The {@code __dict__} and {@code __weakref__} entries CPython puts in a class's dict (getset
     * descriptors). Attribute access handles both names itself; these make the class dict look
     * as CPython's does.
     */
    public static final class PGetSetDescriptor implements TruffleObject {
        private final String name;
        private final PyType owner;
        /** A member_descriptor (a C struct member in CPython) rather than a getset_descriptor. */
        private final boolean member;

        public PGetSetDescriptor(String name, PyType owner) {
            this(name, owner, false);
        }

        public PGetSetDescriptor(String name, PyType owner, boolean member) {
            this.name = name;
            this.owner = owner;
            this.member = member;
        }

        public boolean isMember() {
            return member;
        }

        public String getName() {
            return name;
        }

        public PyType getOwner() {
            return owner;
        }
    }

    public static final class PSlotMember implements TruffleObject {
        private final String name;
        private final PyType owner;

        public PSlotMember(String name, PyType owner) {
            this.name = name;
            this.owner = owner;
        }

        public String getName() {
            return name;
        }

        public PyType getOwner() {
            return owner;
        }
    }
}

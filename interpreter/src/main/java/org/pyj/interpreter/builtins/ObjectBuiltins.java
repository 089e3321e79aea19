package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Attributes;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.TypeCalls;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PDescriptors.PClassMethod;
import org.pyj.interpreter.runtime.PDescriptors.PProperty;
import org.pyj.interpreter.runtime.PDescriptors.PStaticMethod;
import org.pyj.interpreter.runtime.PDescriptors.PSuper;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/**
 * The methods of object, type and BaseException that classes inherit and {@code super()} reaches,
 * and the builtins about classes and attributes: isinstance, issubclass, getattr, setattr,
 * hasattr, delattr, super, property, classmethod, staticmethod, id, vars, dir.
 */
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static String name(Node location, Object o, String what) {
        if (!(o instanceof TruffleString s)) {
            throw PythonErrors.typeError(location, "%s must be string, not %s", what, PythonTypeOf.typeName(o));
        }
        return PyStr.toJava(s);
    }

    public static List<BuiltinSpec> objectMethods() {
        PyType o = BuiltinTypes.OBJECT;
        return List.of(
                method(o, "__init__", "self, *args, **kwargs", (loc, a) -> PNone.NONE),
                JavaBuiltin.function("__new__", "cls, *args, **kwargs", (loc, a) -> {
                    if (!(a[0] instanceof PyType t)) {
                        throw PythonErrors.typeError(loc, "object.__new__(X): X is not a type object (%s)", PythonTypeOf.typeName(a[0]));
                    }
                    return TypeCalls.allocate(loc, t, ((PTuple) a[1]).getItems(), new String[0], new Object[0]);
                }),
                method(o, "__repr__", "self", (loc, a) -> PyStr.fromJava(Containers.repr(loc, a[0]))),
                method(o, "__str__", "self", (loc, a) -> ObjectProtocol.repr(loc, a[0])),
                method(o, "__hash__", "self", (loc, a) -> ObjectProtocol.identityHash(a[0])),
                method(o, "__eq__", "self, other", (loc, a) -> a[0] == a[1] ? true : PSingleton.NOT_IMPLEMENTED),
                method(o, "__ne__", "self, other", (loc, a) -> {
                    Object r = ObjectProtocol.richCompare(loc, a[0], a[1], org.pyj.interpreter.lib.CompareOp.EQ);
                    return r == PSingleton.NOT_IMPLEMENTED ? r : !ObjectProtocol.isTrue(loc, r);
                }),
                method(o, "__getattribute__", "self, name", (loc, a) -> Attributes.genericGetAttr(loc, a[0], name(loc, a[1], "attribute name"))),
                method(o, "__setattr__", "self, name, value", (loc, a) -> {
                    Attributes.genericSetAttr(loc, a[0], name(loc, a[1], "attribute name"), a[2]);
                    return PNone.NONE;
                }),
                method(o, "__delattr__", "self, name", (loc, a) -> {
                    Attributes.genericSetAttr(loc, a[0], name(loc, a[1], "attribute name"), null);
                    return PNone.NONE;
                }),
                method(o, "__format__", "self, format_spec", (loc, a) -> {
                    if (a[1] instanceof TruffleString s && !s.isEmpty()) {
                        throw PythonErrors.typeError(loc, "unsupported format string passed to %s.__format__",
                                PythonTypeOf.typeName(a[0]));
                    }
                    return ObjectProtocol.str(loc, a[0]);
                }),
                JavaBuiltin.function("__init_subclass__", "cls", (loc, a) -> PNone.NONE),
                method(o, "__dir__", "self", (loc, a) -> dir(loc, a[0])));
    }

    public static List<BuiltinSpec> typeMethods() {
        PyType t = BuiltinTypes.TYPE;
        return List.of(
                method(t, "mro", "self", (loc, a) -> new PList(((PyType) a[0]).getMro().clone())),
                JavaBuiltin.function("__prepare__", "*args, **kwargs", (loc, a) -> new org.pyj.interpreter.runtime.PDict()),
                method(t, "__subclasses__", "self", (loc, a) -> new PList(((PyType) a[0]).getSubclasses().toArray())),
                method(t, "__instancecheck__", "self, instance", (loc, a) -> PythonTypeOf.typeOf(a[1]).isSubtypeOf((PyType) a[0])),
                method(t, "__subclasscheck__", "self, subclass", (loc, a) -> a[1] instanceof PyType s && s.isSubtypeOf((PyType) a[0])),
                method(t, "__repr__", "self", (loc, a) -> PyStr.fromJava(a[0].toString())),
                JavaBuiltin.function("__new__", "metatype, name, bases, namespace, **kwargs", (loc, a) -> {
                    PDict kw = (PDict) a[4];
                    return TypeCalls.newClass(loc, (PyType) a[0], a[1], a[2], a[3], kw.keywordNames(), kw.valuesArray());
                }),
                method(t, "__init__", "self, *args, **kwargs", (loc, a) -> PNone.NONE),
                method(t, "__call__", "self, *args, **kwargs", (loc, a) -> {
                    PDict kw = (PDict) a[2];
                    return TypeCalls.defaultCall(loc, (PyType) a[0], ((PTuple) a[1]).getItems(), kw.keywordNames(), kw.valuesArray());
                }));
    }

    public static List<BuiltinSpec> exceptionMethods() {
        PyType e = BuiltinTypes.BASE_EXCEPTION;
        return List.of(
                method(e, "__init__", "self, *args", (loc, a) -> {
                    ((PBaseException) a[0]).initArgs((PTuple) a[1]);
                    return PNone.NONE;
                }),
                method(e, "__str__", "self", (loc, a) -> PyStr.fromJava(org.pyj.interpreter.formatting.ReprFormatter.str(a[0]))),
                method(e, "__repr__", "self", (loc, a) -> PyStr.fromJava(Containers.repr(loc, a[0]))),
                method(e, "with_traceback", "self, tb", (loc, a) -> a[0]),
                method(e, "add_note", "self, note", (loc, a) -> {
                    if (!(a[1] instanceof TruffleString)) {
                        throw PythonErrors.typeError(loc, "note must be a str, not '%s'", PythonTypeOf.typeName(a[1]));
                    }
                    PythonObject self = (PythonObject) a[0];
                    Object notes = DynamicObjectLibrary.getUncached().getOrDefault(self, "__notes__", null);
                    if (notes == null) {
                        notes = new PList();
                        DynamicObjectLibrary.getUncached().put(self, "__notes__", notes);
                    }
                    if (!(notes instanceof PList l)) {
                        throw PythonErrors.typeError(loc, "Cannot add note: __notes__ is not a list");
                    }
                    l.append(a[1]);
                    return PNone.NONE;
                }));
    }

    /** BaseExceptionGroup's constructor and methods (ExceptionGroup inherits them). */
    /** ImportError(*args, name=None, path=None): msg is the one argument, name and path the keywords. */
    public static void installImportError(org.pyj.interpreter.PyjContext context) {
        PyType t = BuiltinTypes.IMPORT_ERROR;
        context.defineMethods(t, List.of(method(t, "__init__", "self, *args, name=None, path=None", (loc, a) -> {
            PBaseException self = (PBaseException) a[0];
            self.initArgs((PTuple) a[1]);
            self.getImportError()[1] = a[2];
            self.getImportError()[2] = a[3];
            return PNone.NONE;
        })));
    }

    public static void installExceptionGroups(org.pyj.interpreter.PyjContext context) {
        PyType g = BuiltinTypes.BASE_EXCEPTION_GROUP;
        context.defineMethods(g, List.of(
                JavaBuiltin.function("__new__", "cls, message, exceptions, /", (loc, a) ->
                        org.pyj.interpreter.lib.ExceptionGroups.create(loc, (PyType) a[0], a[1], a[2])),
                method(g, "__init__", "self, *args", (loc, a) -> PNone.NONE),
                method(g, "derive", "self, excs, /", (loc, a) -> org.pyj.interpreter.lib.ExceptionGroups.create(loc,
                        BuiltinTypes.BASE_EXCEPTION_GROUP, ((PBaseException) a[0]).getGroupMessage(), a[1])),
                method(g, "split", "self, condition, /", (loc, a) -> {
                    org.pyj.interpreter.lib.ExceptionGroups.checkCondition(loc, a[1]);
                    PBaseException[] parts = org.pyj.interpreter.lib.ExceptionGroups.split(loc, (PBaseException) a[0], a[1]);
                    return new PTuple(new Object[]{parts[0] == null ? PNone.NONE : parts[0], parts[1] == null ? PNone.NONE : parts[1]});
                }),
                method(g, "subgroup", "self, condition, /", (loc, a) -> {
                    org.pyj.interpreter.lib.ExceptionGroups.checkCondition(loc, a[1]);
                    PBaseException m = org.pyj.interpreter.lib.ExceptionGroups.split(loc, (PBaseException) a[0], a[1])[0];
                    return m == null ? PNone.NONE : m;
                }),
                method(g, "__str__", "self", (loc, a) -> PyStr.fromJava(org.pyj.interpreter.lib.ExceptionGroups.str(loc, (PBaseException) a[0])))));
        g.define("__new__", new PStaticMethod(g.getOwn("__new__")));
    }

    // ------------------------------------------------------------------ builtins module functions

    public static List<BuiltinSpec> functions() {
        return List.of(
                JavaBuiltin.function("isinstance", "obj, class_or_tuple", (loc, a) -> isInstance(loc, a[0], a[1])),
                JavaBuiltin.function("issubclass", "cls, class_or_tuple", (loc, a) -> isSubclass(loc, a[0], a[1])),
                JavaBuiltin.function("getattr", "object, name, default=?", (loc, a) -> {
                    if (!(a[1] instanceof TruffleString s)) {
                        throw PythonErrors.typeError(loc, "attribute name must be string, not '%s'", PythonTypeOf.typeName(a[1]));
                    }
                    if (given(a[2])) {
                        Object v = ObjectProtocol.lookupAttr(loc, a[0], PyStr.toJava(s));
                        return v == null ? a[2] : v;
                    }
                    return ObjectProtocol.getAttr(loc, a[0], PyStr.toJava(s));
                }),
                JavaBuiltin.function("setattr", "obj, name, value", (loc, a) -> {
                    if (!(a[1] instanceof TruffleString s)) {
                        throw PythonErrors.typeError(loc, "attribute name must be string, not '%s'", PythonTypeOf.typeName(a[1]));
                    }
                    ObjectProtocol.setAttr(loc, a[0], PyStr.toJava(s), a[2]);
                    return PNone.NONE;
                }),
                JavaBuiltin.function("delattr", "obj, name", (loc, a) -> {
                    if (!(a[1] instanceof TruffleString s)) {
                        throw PythonErrors.typeError(loc, "attribute name must be string, not '%s'", PythonTypeOf.typeName(a[1]));
                    }
                    ObjectProtocol.setAttr(loc, a[0], PyStr.toJava(s), null);
                    return PNone.NONE;
                }),
                JavaBuiltin.function("hasattr", "obj, name", (loc, a) -> {
                    if (!(a[1] instanceof TruffleString s)) {
                        throw PythonErrors.typeError(loc, "attribute name must be string, not '%s'", PythonTypeOf.typeName(a[1]));
                    }
                    return ObjectProtocol.lookupAttr(loc, a[0], PyStr.toJava(s)) != null;
                }),
                JavaBuiltin.function("id", "obj", (loc, a) -> ObjectIds.id(a[0])),
                JavaBuiltin.function("vars", "object=?", (loc, a) -> {
                    if (!given(a[0])) {
                        return org.pyj.interpreter.lib.CallerFrames.locals(org.pyj.interpreter.lib.CallerFrames.caller());
                    }
                    Object d = ObjectProtocol.lookupAttr(loc, a[0], "__dict__");
                    if (d == null) {
                        throw PythonErrors.typeError(loc, "vars() argument must have __dict__ attribute");
                    }
                    return d;
                }),
                JavaBuiltin.function("dir", "object=?", (loc, a) -> {
                    if (!given(a[0])) {
                        Object names = org.pyj.interpreter.lib.CallerFrames.locals(org.pyj.interpreter.lib.CallerFrames.caller());
                        PList keys = new PList(Containers.toArray(loc, names));
                        ListBuiltins.sort(loc, keys, PNone.NONE, false);
                        return keys;
                    }
                    return dir(loc, a[0]);
                }));
    }

    /** The type constructors of the descriptor types: property, classmethod, staticmethod, super. */
    public static void installConstructors(org.pyj.interpreter.PyjContext context) {
        context.setConstructor(BuiltinTypes.PROPERTY, JavaBuiltin.function("property", "cls, /, fget=?, fset=?, fdel=?, doc=?", (loc, a) -> {
            Object fget = given(a[1]) ? a[1] : PNone.NONE;
            Object doc = given(a[4]) ? a[4] : PNone.NONE;
            if (doc == PNone.NONE && fget != PNone.NONE) {
                Object d = ObjectProtocol.lookupAttr(loc, fget, "__doc__");
                doc = d == null ? PNone.NONE : d;
            }
            return new PProperty((PyType) a[0], fget, given(a[2]) ? a[2] : PNone.NONE, given(a[3]) ? a[3] : PNone.NONE, doc);
        }));
        context.setConstructor(BuiltinTypes.SIMPLE_NAMESPACE, JavaBuiltin.function("SimpleNamespace", "cls, /, **kwargs", (loc, a) -> {
            org.pyj.interpreter.runtime.PSimpleNamespace ns = new org.pyj.interpreter.runtime.PSimpleNamespace();
            for (Object k : ((org.pyj.interpreter.runtime.PDict) a[1]).keysArray()) {
                ns.getAttributes().put(PyStr.toJava((TruffleString) k), ((org.pyj.interpreter.runtime.PDict) a[1]).getItem(loc, k));
            }
            return ns;
        }));
        context.setConstructor(BuiltinTypes.METHOD, JavaBuiltin.function("method", "cls, function, instance, /", (loc, a) -> {
            if (!ObjectProtocol.isCallable(a[1])) {
                throw PythonErrors.typeError(loc, "first argument must be callable");
            }
            if (a[2] == PNone.NONE) {
                throw PythonErrors.typeError(loc, "instance must not be None");
            }
            return new org.pyj.interpreter.runtime.PMethod(a[2], a[1]);
        }));
        context.setConstructor(BuiltinTypes.CLASSMETHOD, JavaBuiltin.function("classmethod", "cls, function, /",
                (loc, a) -> new PClassMethod(a[1])));
        context.setConstructor(BuiltinTypes.STATICMETHOD, JavaBuiltin.function("staticmethod", "cls, function, /",
                (loc, a) -> new PStaticMethod(a[1])));
        context.setConstructor(BuiltinTypes.OBJECT, JavaBuiltin.function("object", "cls, /", (loc, a) -> new PythonObject((PyType) a[0])));
        context.setConstructor(BuiltinTypes.SUPER, JavaBuiltin.function("super", "cls, type=?, obj=?, /", (loc, a) -> {
            if (!given(a[1])) {
                throw PythonErrors.raise(loc, BuiltinTypes.RUNTIME_ERROR, "super(): no arguments");
            }
            return makeSuper(loc, a[1], given(a[2]) ? a[2] : null);
        }));
        context.defineMethods(BuiltinTypes.CLASSMETHOD, List.of(method(BuiltinTypes.CLASSMETHOD, "__init__", "self, function, /",
                (loc, a) -> {
                    ((PClassMethod) a[0]).setFunction(a[1]);
                    return PNone.NONE;
                })));
        context.defineMethods(BuiltinTypes.STATICMETHOD, List.of(method(BuiltinTypes.STATICMETHOD, "__init__", "self, function, /",
                (loc, a) -> {
                    ((PStaticMethod) a[0]).setFunction(a[1]);
                    return PNone.NONE;
                })));
        PyType p = BuiltinTypes.PROPERTY;
        context.defineMethods(p, List.of(
                method(p, "__init__", "self, /, fget=None, fset=None, fdel=None, doc=None", (loc, a) -> {
                    PProperty self = (PProperty) a[0];
                    self.fget = a[1];
                    self.fset = a[2];
                    self.fdel = a[3];
                    Object doc = a[4];
                    if (doc == PNone.NONE && a[1] != PNone.NONE) {
                        Object d = ObjectProtocol.lookupAttr(loc, a[1], "__doc__");
                        doc = d == null ? PNone.NONE : d;
                    }
                    self.doc = doc;
                    return PNone.NONE;
                }),
                method(p, "__get__", "self, instance, owner=?", (loc, a) -> a[1] == PNone.NONE ? a[0]
                        : ObjectProtocol.propertyGet(loc, (PProperty) a[0], a[1], PythonTypeOf.typeOf(a[1]))),
                method(p, "__set__", "self, instance, value", (loc, a) -> {
                    Attributes.genericSetAttr(loc, a[1], ((PProperty) a[0]).name, a[2]);
                    return PNone.NONE;
                }),
                method(p, "__set_name__", "self, owner, name, /", (loc, a) -> {
                    if (a[2] instanceof TruffleString n && ((PProperty) a[0]).name == null) {
                        ((PProperty) a[0]).name = PyStr.toJava(n);
                    }
                    return PNone.NONE;
                }),
                method(p, "getter", "self, fget", (loc, a) -> copy((PProperty) a[0], a[1], null, null)),
                method(p, "setter", "self, fset", (loc, a) -> copy((PProperty) a[0], null, a[1], null)),
                method(p, "deleter", "self, fdel", (loc, a) -> copy((PProperty) a[0], null, null, a[1]))));
    }

    private static PProperty copy(PProperty p, Object fget, Object fset, Object fdel) {
        PProperty r = new PProperty(p.getPythonType(), fget != null ? fget : p.fget, fset != null ? fset : p.fset,
                fdel != null ? fdel : p.fdel, p.doc);
        r.name = p.name;
        return r;
    }

    /** {@code super(type, obj)}: obj is an instance of type, or a subclass of it. */
    public static PSuper makeSuper(Node location, Object typeArg, Object obj) {
        if (!(typeArg instanceof PyType type)) {
            throw PythonErrors.typeError(location, "super() argument 1 must be a type, not %s", PythonTypeOf.typeName(typeArg));
        }
        if (obj == null) {
            return new PSuper(type, null, type);
        }
        if (obj instanceof PyType t && t.isSubtypeOf(type)) {
            return new PSuper(type, obj, t);
        }
        PyType objType = PythonTypeOf.typeOf(obj);
        if (objType.isSubtypeOf(type)) {
            return new PSuper(type, obj, objType);
        }
        throw PythonErrors.typeError(location, "super(type, obj): obj must be an instance or subtype of type");
    }

    public static boolean isInstance(Node location, Object obj, Object cls) {
        if (cls instanceof PyType t) {
            if (PythonTypeOf.typeOf(obj).isSubtypeOf(t)) {
                return true;
            }
            PyType meta = t.getMetaclass();
            if (meta != BuiltinTypes.TYPE) {
                Object check = meta.lookup("__instancecheck__");
                if (check != null && !(check instanceof org.pyj.interpreter.runtime.PBuiltinFunction)) {
                    return ObjectProtocol.isTrue(location, ObjectProtocol.callSpecial(location, check, t, obj));
                }
            }
            return false;
        } else if (cls instanceof PTuple || cls instanceof org.pyj.interpreter.runtime.PUnionType) {
            PTuple tuple = cls instanceof PTuple t ? t : ((org.pyj.interpreter.runtime.PUnionType) cls).getArgs();
            for (Object c : tuple.getItems()) {
                if (isInstance(location, obj, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = ObjectProtocol.lookupSpecial(cls, "__instancecheck__");
        if (check != null && ObjectProtocol.isUserObject(cls)) {
            return ObjectProtocol.isTrue(location, ObjectProtocol.callSpecial(location, check, cls, obj));
        }
        throw PythonErrors.typeError(location, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(Node location, Object cls, Object classinfo) {
        if (classinfo instanceof PTuple || classinfo instanceof org.pyj.interpreter.runtime.PUnionType) {
            PTuple tuple = classinfo instanceof PTuple t ? t : ((org.pyj.interpreter.runtime.PUnionType) classinfo).getArgs();
            for (Object c : tuple.getItems()) {
                if (isSubclass(location, cls, c)) {
                    return true;
                }
            }
            return false;
        }
        if (classinfo instanceof PyType t) {
            PyType meta = t.getMetaclass();
            if (meta != BuiltinTypes.TYPE) {
                Object check = meta.lookup("__subclasscheck__");
                if (check != null && !(check instanceof org.pyj.interpreter.runtime.PBuiltinFunction)) {
                    return ObjectProtocol.isTrue(location, ObjectProtocol.callSpecial(location, check, t, cls));
                }
            }
            if (!(cls instanceof PyType c)) {
                throw PythonErrors.typeError(location, "issubclass() arg 1 must be a class");
            }
            return c.isSubtypeOf(t);
        }
        throw PythonErrors.typeError(location, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** {@code dir(obj)}: sorted attribute names of the object, its class and the class's bases. */
    static PList dir(Node location, Object obj) {
        List<Object> out = new ArrayList<>();
        for (String n : dirNames(obj)) {
            out.add(PyStr.fromJava(n));
        }
        return new PList(out.toArray());
    }

    /** The names {@code dir(obj)} lists, sorted. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static TreeSet<String> dirNames(Object obj) {
        TreeSet<String> names = new TreeSet<>();
        if (obj instanceof PModule m) {
            for (Object k : DynamicObjectLibrary.getUncached().getKeyArray(m)) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        } else if (obj instanceof PyType t) {
            for (PyType c : t.getMro()) {
                names.addAll(c.getDict().keySet());
            }
        } else {
            if (obj instanceof PythonObject p) {
                for (Object k : DynamicObjectLibrary.getUncached().getKeyArray(p)) {
                    if (k instanceof String s) {
                        names.add(s);
                    }
                }
            }
            for (PyType c : PythonTypeOf.typeOf(obj).getMro()) {
                names.addAll(c.getDict().keySet());
            }
            names.add("__class__");
        }
        return names;
    }
}

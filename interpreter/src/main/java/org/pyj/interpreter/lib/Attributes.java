package org.pyj.interpreter.lib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PDescriptors.PClassMethod;
import org.pyj.interpreter.runtime.PDescriptors.PProperty;
import org.pyj.interpreter.runtime.PDescriptors.PSlotMember;
import org.pyj.interpreter.runtime.PDescriptors.PStaticMethod;
import org.pyj.interpreter.runtime.PDescriptors.PSuper;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PMethod;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSimpleNamespace;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonObject;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * {@code object.__getattribute__}, {@code type.__getattribute__}, {@code super.__getattribute__}
 * and {@code object.__setattr__} as CPython defines them (PyObject_GenericGetAttr and friends),
 * plus the attributes builtin objects expose as getset descriptors.
 */
public final class Attributes {
    private Attributes() {
    }

    private static final DynamicObjectLibrary OBJECTS = DynamicObjectLibrary.getUncached();

    /** Attributes kept in Java fields of a builtin base's instances (exceptions), not in the instance dict. */
    public static boolean isLayoutAttribute(PyType type, String name) {
        if (type.getBase() == BuiltinTypes.BASE_EXCEPTION || type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            return switch (name) {
                case "args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "code", "name", "obj", "value" -> true;
                case "errno", "strerror", "filename", "filename2", "characters_written" -> type.isSubtypeOf(BuiltinTypes.OS_ERROR);
                case "msg", "path" -> type.isSubtypeOf(BuiltinTypes.IMPORT_ERROR);
                default -> false;
            };
        }
        return name.equals("__class__") || name.equals("__dict__") || name.equals("__weakref__");
    }

    @TruffleBoundary
    public static Object genericGetAttr(Node location, Object obj, String name) {
        if (obj instanceof PyType t) {
            return typeGetAttr(location, t, name);
        } else if (obj instanceof PSuper s) {
            return superGetAttr(location, s, name);
        }
        PyType type = PythonTypeOf.typeOf(obj);
        Object descr = type.lookup(name);
        if (descr != null && ObjectProtocol.isDataDescriptor(descr)) {
            return ObjectProtocol.bind(location, descr, obj, type);
        }
        if (obj instanceof PythonObject p) {
            Object v = OBJECTS.getOrDefault(p, name, null);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PModule m) {
            Object v = OBJECTS.getOrDefault(m, name, null);
            if (v != null) {
                return v;
            }
        }
        Object special = specialAttribute(location, obj, type, name);
        if (special != null) {
            return special;
        }
        if (descr != null) {
            return ObjectProtocol.bind(location, descr, obj, type);
        }
        if (obj instanceof PModule m) {
            throw PythonErrors.attributeError(location, m, name, "module '%s' has no attribute '%s'", m.getName(), name);
        }
        throw PythonErrors.attributeError(location, obj, name, "'%s' object has no attribute '%s'", type.getName(), name);
    }

    /** The getset attributes of builtin objects (and {@code __class__}, {@code __dict__} of every object). */
    private static Object specialAttribute(Node location, Object obj, PyType type, String name) {
        switch (name) {
            case "__class__":
                return type;
            case "__dict__":
                if (obj instanceof PythonObject p && type.hasInstanceDict() && !type.isBuiltin()) {
                    return instanceDict(p);
                } else if (obj instanceof PModule m) {
                    return instanceDict(m);
                } else if (obj instanceof PBaseException e) {
                    return instanceDict(e); // exceptions have an instance dict, builtin ones too
                } else if (obj instanceof PFunction f) {
                    return f.getAttributes();
                }
                break;
            case "__weakref__":
                if (obj instanceof PythonObject && type.hasWeakref() && !type.isBuiltin()) {
                    return PNone.NONE; // no weak references are tracked
                }
                break;
            case "__doc__":
                if (obj instanceof PFunction f) {
                    Object doc = f.getAttributes().getItem(PyStr.fromJava("__doc__"));
                    return doc == null ? PNone.NONE : doc;
                }
                if (!(obj instanceof PythonObject) || type.isBuiltin()) {
                    return obj instanceof PProperty p ? p.doc : PNone.NONE;
                }
                break;
            default:
                break;
        }
        if (obj instanceof PFunction f) {
            Object own = f.getAttributes().getItem(PyStr.fromJava(name));
            if (own != null) {
                return own;
            }
            switch (name) {
                case "__name__":
                    return PyStr.fromJava(f.getName());
                case "__qualname__":
                    return PyStr.fromJava(f.getQualname());
                case "__module__":
                    Object n = OBJECTS.getOrDefault(f.getGlobals(), "__name__", PNone.NONE);
                    return n;
                case "__defaults__":
                    return f.getDefaults().length == 0 ? PNone.NONE : new PTuple(f.getDefaults().clone());
                case "__globals__":
                    return org.pyj.interpreter.runtime.PInstanceDict.of(f.getGlobals());
                case "__code__":
                    return new org.pyj.interpreter.runtime.PCode((org.pyj.interpreter.nodes.PythonRootNode)
                            f.getCallTarget().getRootNode(), f.getSignature());
                case "__closure__":
                    return f.getClosure() == null || f.getClosure().length == 0 ? PNone.NONE : new PTuple(f.getClosure().clone());
                case "__kwdefaults__": {
                    Object[] kw = f.getKwDefaults();
                    String[] names = f.getSignature().getParameterNames();
                    int start = f.getSignature().kwOnlyStart();
                    PDict d = new PDict();
                    for (int i = 0; kw != null && i < kw.length; i++) {
                        if (kw[i] != null) {
                            d.setItem(PyStr.fromJava(names[start + i]), kw[i]);
                        }
                    }
                    return d.size() == 0 ? PNone.NONE : d;
                }
                default:
                    break;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PUnionType u && name.equals("__args__")) {
            return u.getArgs();
        } else if (obj instanceof org.pyj.interpreter.runtime.PCode c) {
            Object v = CodeAttributes.code(c, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PTraceback tb) {
            switch (name) {
                case "tb_frame":
                    return tb.frame();
                case "tb_lineno":
                    return (long) tb.lineno();
                case "tb_next":
                    return tb.next() == null ? PNone.NONE : tb.next();
                case "tb_lasti":
                    return -1L;
                default:
                    break;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PFrame fr) {
            Object v = CodeAttributes.frame(location, fr, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PBuiltinFunction f) {
            if (name.equals("__name__")) {
                return PyStr.fromJava(f.getName());
            } else if (name.equals("__qualname__")) {
                return PyStr.fromJava(f.getObjclass() == null ? f.getName() : f.getObjclass().getName() + "." + f.getName());
            } else if (name.equals("__objclass__") && f.getObjclass() != null) {
                return f.getObjclass();
            } else if (name.equals("__self__") && f.getObjclass() == null) {
                // A module's function is bound to its module (len.__self__ is builtins).
                PModule owner = org.pyj.interpreter.PyjContext.get(location).getBuiltinModule(f.getOwner());
                return owner == null ? PNone.NONE : owner;
            } else if (name.equals("__module__") && f.getObjclass() == null) {
                return org.pyj.interpreter.PyjContext.get(location).getBuiltinModule(f.getOwner()) == null ? PNone.NONE
                        : PyStr.fromJava(f.getOwner());
            } else if (name.equals("__text_signature__")) {
                return PNone.NONE;
            }
        } else if (obj instanceof PMethod m) {
            switch (name) {
                case "__self__":
                    return m.getSelf();
                case "__func__":
                    return m.getFunction();
                case "__name__":
                case "__qualname__":
                case "__module__":
                case "__doc__":
                    return ObjectProtocol.getAttr(location, m.getFunction(), name);
                default:
                    break;
            }
        } else if (obj instanceof PProperty p) {
            switch (name) {
                case "fget":
                    return p.fget;
                case "fset":
                    return p.fset;
                case "fdel":
                    return p.fdel;
                case "__isabstractmethod__":
                    return isAbstract(location, p.fget) || isAbstract(location, p.fset) || isAbstract(location, p.fdel);
                default:
                    break;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PDescriptors.PGetSetDescriptor g) {
            switch (name) {
                case "__name__":
                    return PyStr.fromJava(g.getName());
                case "__qualname__":
                    return PyStr.fromJava(g.getOwner().getName() + "." + g.getName());
                case "__objclass__":
                    return g.getOwner();
                default:
                    break;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PGenericAlias ga) {
            switch (name) {
                case "__origin__":
                    return ga.getOrigin();
                case "__args__":
                    return ga.getArgs();
                case "__parameters__":
                    return PTuple.EMPTY; // no TypeVars without the typing module
                default:
                    break;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PRange r) {
            switch (name) {
                case "start":
                    return r.getStart();
                case "stop":
                    return r.getStop();
                case "step":
                    return r.getStep();
                default:
                    break;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PBigRange r) {
            switch (name) {
                case "start":
                    return org.pyj.interpreter.runtime.PInt.normalize(r.getStart());
                case "stop":
                    return org.pyj.interpreter.runtime.PInt.normalize(r.getStop());
                case "step":
                    return org.pyj.interpreter.runtime.PInt.normalize(r.getStep());
                default:
                    break;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PCell c && name.equals("cell_contents")) {
            if (c.get() == null) {
                throw PythonErrors.valueError(location, "Cell is empty");
            }
            return c.get();
        } else if (obj instanceof org.pyj.interpreter.runtime.PGeneratorBase g) {
            Object v = generatorAttribute(g, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PSlice s) {
            switch (name) {
                case "start":
                    return s.getStart();
                case "stop":
                    return s.getStop();
                case "step":
                    return s.getStep();
                default:
                    break;
            }
        } else if (obj instanceof PClassMethod c && (name.equals("__func__") || name.equals("__wrapped__"))) {
            return c.getFunction();
        } else if (obj instanceof PStaticMethod s && (name.equals("__func__") || name.equals("__wrapped__"))) {
            return s.getFunction();
        } else if (obj instanceof PClassMethod c && name.equals("__isabstractmethod__")) {
            return isAbstract(location, c.getFunction());
        } else if (obj instanceof PStaticMethod s && name.equals("__isabstractmethod__")) {
            return isAbstract(location, s.getFunction());
        } else if (obj instanceof PSimpleNamespace ns && ns.getAttributes().containsKey(name)) {
            return ns.getAttributes().get(name);
        } else if (obj instanceof PBaseException e) {
            return exceptionAttribute(location, e, name);
        } else if (obj instanceof PModule m && name.equals("__name__")) {
            return PyStr.fromJava(m.getName());
        } else if (BuiltinArithmetic.isInt(obj)) {
            switch (name) {
                case "real":
                case "numerator":
                    return obj instanceof Boolean b ? (b ? 1 : 0) : obj;
                case "imag":
                    return 0;
                case "denominator":
                    return 1;
                default:
                    break;
            }
        } else if (obj instanceof Double d) {
            if (name.equals("real")) {
                return d;
            } else if (name.equals("imag")) {
                return 0.0;
            }
        } else if (obj instanceof org.pyj.interpreter.runtime.PComplex c) {
            if (name.equals("real")) {
                return c.getReal();
            } else if (name.equals("imag")) {
                return c.getImag();
            }
        }
        return null;
    }

    private static Object exceptionAttribute(Node location, PBaseException e, String name) {
        Object[] imp = e.getImportError();
        if (imp != null && importErrorField(name) >= 0) {
            return imp[importErrorField(name)];
        }
        Object[] os = e.getOsError();
        if (os != null) {
            int i = osErrorField(name);
            if (i >= 0) {
                if (i == 4 && os[4] == null) {
                    throw PythonErrors.raise(location, BuiltinTypes.ATTRIBUTE_ERROR, "characters_written");
                }
                return os[i] == null ? PNone.NONE : os[i];
            }
        }
        switch (name) {
            case "args":
                return e.getArgs();
            case "__cause__":
                return e.getCause() == null ? PNone.NONE : e.getCause();
            case "__context__":
                return e.getContext() == null ? PNone.NONE : e.getContext();
            case "__suppress_context__":
                return e.isSuppressContext();
            case "message":
                if (e.getGroupExceptions() != null) {
                    return e.getGroupMessage();
                }
                break;
            case "exceptions":
                if (e.getGroupExceptions() != null) {
                    return e.getGroupExceptions();
                }
                break;
            case "value":
                if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                    return e.getArgs().size() > 0 ? e.getArgs().get(0) : PNone.NONE;
                }
                break;
            case "code":
                if (e.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
                    return e.getExitCode();
                }
                break;
            case "name":
                if (e.getType().isSubtypeOf(BuiltinTypes.NAME_ERROR) || e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return e.getName() == null ? PNone.NONE : PyStr.fromJava(e.getName());
                }
                break;
            case "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line":
                if (e.getType().isSubtypeOf(BuiltinTypes.SYNTAX_ERROR)) {
                    // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
                    PTuple args = e.getArgs();
                    if (name.equals("msg")) {
                        return args.size() > 0 ? args.get(0) : PNone.NONE;
                    }
                    int i = switch (name) {
                        case "filename" -> 0;
                        case "lineno" -> 1;
                        case "offset" -> 2;
                        case "text" -> 3;
                        case "end_lineno" -> 4;
                        case "end_offset" -> 5;
                        default -> -1;
                    };
                    if (i >= 0 && args.size() == 2 && args.get(1) instanceof PTuple details && i < details.size()) {
                        return details.get(i);
                    }
                    return PNone.NONE;
                }
                break;
            case "__traceback__": {
                Object tb = Tracebacks.of(e);
                return tb == null ? PNone.NONE : tb;
            }
            case "encoding", "object", "start", "end", "reason":
                if (e.getType().isSubtypeOf(BuiltinTypes.UNICODE_ERROR) && e.getArgs().size() == 5) {
                    return e.getArgs().get(switch (name) {
                        case "encoding" -> 0;
                        case "object" -> 1;
                        case "start" -> 2;
                        case "end" -> 3;
                        default -> 4;
                    });
                }
                break;
            case "obj":
                if (e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return e.getObj() == null ? PNone.NONE : e.getObj();
                }
                break;
            default:
                break;
        }
        return null;
    }

    /** The object's attributes as a dict that reads and writes them. */
    private static PDict instanceDict(com.oracle.truffle.api.object.DynamicObject o) {
        return org.pyj.interpreter.runtime.PInstanceDict.of(o);
    }

    // ------------------------------------------------------------------ type objects

    @TruffleBoundary
    public static Object typeGetAttr(Node location, PyType t, String name) {
        PyType meta = t.getMetaclass();
        Object metaAttr = meta == BuiltinTypes.TYPE ? null : meta.lookup(name);
        if (metaAttr != null && ObjectProtocol.isDataDescriptor(metaAttr)) {
            return ObjectProtocol.bind(location, metaAttr, t, meta);
        }
        switch (name) {
            case "__name__":
                return PyStr.fromJava(t.getName());
            case "__qualname__":
                return PyStr.fromJava(t.getQualname());
            case "__mro__":
                return new PTuple(t.getMro().clone());
            case "__bases__":
                return new PTuple(t.getBases().clone());
            case "__base__":
                return t.getBases().length == 0 ? PNone.NONE : t.getBases()[0];
            case "__class__":
                return meta;
            case "__dict__":
                return new org.pyj.interpreter.runtime.PMappingProxy(t);
            case "__module__":
                if (t.isBuiltin()) {
                    return PyStr.fromJava(t.getModule());
                }
                break;
            case "__doc__":
                if (t.isBuiltin()) {
                    return PNone.NONE;
                }
                break;
            default:
                break;
        }
        Object attr = t.lookup(name);
        if (attr != null) {
            return bindToClass(location, attr, t);
        }
        if (metaAttr == null && meta != BuiltinTypes.TYPE) {
            metaAttr = null;
        }
        Object typeAttr = metaAttr != null ? metaAttr : BuiltinTypes.TYPE.lookup(name);
        if (typeAttr != null) {
            return ObjectProtocol.bind(location, typeAttr, t, meta);
        }
        throw PythonErrors.attributeError(location, t, name, "type object '%s' has no attribute '%s'", t.getName(), name);
    }

    /** {@code descr.__get__(None, cls)}: what a class attribute is when read from the class. */
    @TruffleBoundary
    public static Object bindToClass(Node location, Object attr, PyType t) {
        if (attr instanceof PClassMethod c) {
            return new PMethod(t, c.getFunction());
        } else if (attr instanceof PStaticMethod s) {
            return s.getFunction();
        } else if (ObjectProtocol.isUserObject(attr) && !(attr instanceof PProperty)) {
            Object get = ObjectProtocol.lookupSpecial(attr, "__get__");
            if (get != null) {
                return ObjectProtocol.callSpecial(location, get, attr, PNone.NONE, t);
            }
        }
        return attr;
    }

    @TruffleBoundary
    public static Object superGetAttr(Node location, PSuper s, String name) {
        PyType start = s.getObjectType();
        PyType[] mro = start.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != s.getType()) {
            i++;
        }
        if (!name.equals("__class__")) {
            for (i++; i < mro.length; i++) {
                Object v = mro[i].getOwn(name);
                if (v != null) {
                    Object obj = s.getObject() == start ? null : s.getObject();
                    if (obj == null) {
                        return bindToClass(location, v, start);
                    }
                    return ObjectProtocol.bind(location, v, obj, start);
                }
            }
        }
        if (name.equals("__class__")) {
            return BuiltinTypes.SUPER;
        } else if (name.equals("__self__")) {
            return s.getObject();
        } else if (name.equals("__thisclass__")) {
            return s.getType();
        } else if (name.equals("__self_class__")) {
            return s.getObject() == null ? PNone.NONE : s.getObjectType();
        }
        throw PythonErrors.attributeError(location, s, name, "'super' object has no attribute '%s'", name);
    }

    // ------------------------------------------------------------------ setting and deleting

    /** {@code obj.name = value}, or {@code del obj.name} when value is null. */
    @TruffleBoundary
    public static void genericSetAttr(Node location, Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            setTypeAttr(location, t, name, value);
            return;
        }
        PyType type = PythonTypeOf.typeOf(obj);
        Object descr = type.lookup(name);
        if (descr != null && ObjectProtocol.isDataDescriptor(descr)) {
            setThroughDescriptor(location, descr, obj, type, name, value);
            return;
        }
        if (obj instanceof org.pyj.interpreter.runtime.PSimpleNamespace ns && !name.equals("__class__")) {
            // types.SimpleNamespace: its attributes are its own, set and deleted freely.
            if (value != null) {
                ns.getAttributes().put(name, value);
            } else if (ns.getAttributes().remove(name) == null) {
                throw PythonErrors.attributeError(location, obj, name, "'types.SimpleNamespace' object has no attribute '%s'", name);
            }
            return;
        }
        if (obj instanceof PBaseException e && setExceptionAttribute(location, e, name, value)) {
            return;
        }
        if (obj instanceof org.pyj.interpreter.runtime.PComplex && (name.equals("real") || name.equals("imag"))) {
            // complex's parts are read-only members.
            throw PythonErrors.attributeError(location, obj, name, "readonly attribute");
        }
        if (name.equals("__class__") && obj instanceof PythonObject p && value != null) {
            if (!(value instanceof PyType t)) {
                throw PythonErrors.typeError(location, "__class__ must be set to a class, not '%s' object",
                        PythonTypeOf.typeName(value));
            }
            if (t.isBuiltin() || type.isBuiltin() || t.getBase() != type.getBase()) {
                throw PythonErrors.typeError(location, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            p.setPythonType(t);
            return;
        }
        if (obj instanceof PModule m) {
            storeOrRemove(location, m, name, value, "module '" + m.getName() + "' has no attribute '%s'");
            return;
        }
        if (obj instanceof PFunction f && (name.equals("__name__") || name.equals("__qualname__"))) {
            if (!(value instanceof TruffleString s)) {
                throw PythonErrors.typeError(location, "__%s__ must be set to a string object",
                        name.equals("__name__") ? "name" : "qualname");
            }
            if (name.equals("__name__")) {
                f.setName(PyStr.toJava(s));
            } else {
                f.setQualname(PyStr.toJava(s));
            }
            return;
        }
        if (obj instanceof PFunction f) {
            if (value != null) {
                f.getAttributes().setItem(PyStr.fromJava(name), value);
            } else if (f.getAttributes().removeItem(PyStr.fromJava(name)) == null) {
                throw PythonErrors.attributeError(location, obj, name, "'function' object has no attribute '%s'", name);
            }
            return;
        }
        if (obj instanceof PythonObject p && type.hasInstanceDict() && !type.isBuiltin()) {
            storeOrRemove(location, p, name, value, "'" + type.getName() + "' object has no attribute '%s'");
            return;
        }
        if (obj instanceof PBaseException p) {
            storeOrRemove(location, p, name, value, "'" + type.getName() + "' object has no attribute '%s'");
            return;
        }
        if (obj instanceof PythonObject && !type.isBuiltin() && (descr == null || type.getSlotNames() != null)) {
            throw PythonErrors.attributeError(location, obj, name, "'%s' object has no attribute '%s'", type.getName(), name);
        }
        if (descr != null && !type.isBuiltin() || obj instanceof PythonObject && !type.isBuiltin()) {
            throw PythonErrors.attributeError(location, obj, name, "'%s' object attribute '%s' is read-only",
                    type.getName(), name);
        }
        if (descr != null) {
            throw PythonErrors.attributeError(location, obj, name, "'%s' object attribute '%s' is read-only",
                    type.getName(), name);
        }
        throw PythonErrors.attributeError(location, obj, name, "'%s' object has no attribute '%s'", type.getName(), name);
    }

    private static void storeOrRemove(Node location, com.oracle.truffle.api.object.DynamicObject o, String name,
            Object value, String missingFormat) {
        if (value != null) {
            OBJECTS.put(o, name, value);
        } else if (!OBJECTS.removeKey(o, name)) {
            throw PythonErrors.attributeError(location, o, name, missingFormat, name);
        }
    }

    private static void setThroughDescriptor(Node location, Object descr, Object obj, PyType type, String name,
            Object value) {
        if (descr instanceof PProperty p) {
            Object f = value == null ? p.fdel : p.fset;
            if (f == null || f == PNone.NONE) {
                String what = value == null ? "deleter" : "setter";
                throw PythonErrors.attributeError(location, obj, name, "property '%s' of '%s' object has no %s",
                        p.name == null ? name : p.name, type.getName(), what);
            }
            if (value == null) {
                ObjectProtocol.call(location, f, obj);
            } else {
                ObjectProtocol.call(location, f, obj, value);
            }
        } else if (descr instanceof PSlotMember m) {
            PythonObject p = (PythonObject) obj;
            if (value != null) {
                OBJECTS.put(p, m.getName(), value);
            } else if (!OBJECTS.removeKey(p, m.getName())) {
                throw PythonErrors.attributeError(location, obj, name, "'%s' object has no attribute '%s'",
                        type.getName(), name);
            }
        } else {
            Object m = ObjectProtocol.lookupSpecial(descr, value == null ? "__delete__" : "__set__");
            if (m == null) {
                throw PythonErrors.attributeError(location, obj, name, value == null ? "__delete__" : "__set__");
            }
            if (value == null) {
                ObjectProtocol.callSpecial(location, m, descr, obj);
            } else {
                ObjectProtocol.callSpecial(location, m, descr, obj, value);
            }
        }
    }

    /** The index of an OSError field in {@link PBaseException#getOsError()}, or -1. */
    private static int osErrorField(String name) {
        return switch (name) {
            case "errno" -> 0;
            case "strerror" -> 1;
            case "filename" -> 2;
            case "filename2" -> 3;
            case "characters_written" -> 4;
            default -> -1;
        };
    }

    private static int importErrorField(String name) {
        return switch (name) {
            case "msg" -> 0;
            case "name" -> 1;
            case "path" -> 2;
            default -> -1;
        };
    }

    private static boolean setExceptionAttribute(Node location, PBaseException e, String name, Object value) {
        Object[] imp = e.getImportError();
        if (imp != null && importErrorField(name) >= 0) {
            imp[importErrorField(name)] = value == null ? PNone.NONE : value;
            return true;
        }
        Object[] os = e.getOsError();
        if (os != null && osErrorField(name) >= 0) {
            os[osErrorField(name)] = value;
            return true;
        }
        switch (name) {
            case "args":
                if (value == null) {
                    throw PythonErrors.typeError(location, "args may not be deleted");
                }
                e.setArgs(value instanceof PTuple t ? t : new PTuple(Containers.toArray(location, value)));
                return true;
            case "__cause__":
                if (value == null || value == PNone.NONE) {
                    e.setCauseOnly(null);
                } else if (value instanceof PBaseException c) {
                    e.setCauseOnly(c);
                } else {
                    throw PythonErrors.typeError(location, "exception cause must be None or derive from BaseException");
                }
                return true;
            case "__context__":
                if (value == null || value == PNone.NONE) {
                    e.setContext(null);
                } else if (value instanceof PBaseException c) {
                    e.setContext(c);
                } else {
                    throw PythonErrors.typeError(location, "exception context must be None or derive from BaseException");
                }
                return true;
            case "__suppress_context__":
                e.setSuppressContext(ObjectProtocol.isTrue(location, value));
                return true;
            default:
                return false;
        }
    }

    private static void setTypeAttr(Node location, PyType t, String name, Object value) {
        if (t.isBuiltin()) {
            throw PythonErrors.typeError(location, "cannot set '%s' attribute of immutable type '%s'", name, t.getName());
        }
        PyType meta = t.getMetaclass();
        if (meta != BuiltinTypes.TYPE) {
            Object metaAttr = meta.lookup(name);
            if (metaAttr != null && ObjectProtocol.isDataDescriptor(metaAttr)) {
                setThroughDescriptor(location, metaAttr, t, meta, name, value);
                return;
            }
        }
        if (name.equals("__name__") || name.equals("__qualname__")) {
            if (!(value instanceof TruffleString s)) {
                throw PythonErrors.typeError(location, "can only assign string to %s.%s, not '%s'", t.getName(), name,
                        value == null ? "NoneType" : PythonTypeOf.typeName(value));
            }
            if (name.equals("__name__")) {
                t.setName(PyStr.toJava(s));
            } else {
                t.setQualname(PyStr.toJava(s));
            }
            return;
        }
        if (value == null && t.getOwn(name) == null) {
            throw PythonErrors.attributeError(location, t, name, "type object '%s' has no attribute '%s'", t.getName(), name);
        }
        t.setAttribute(name, value);
        if (name.equals("__module__") && value instanceof TruffleString s) {
            t.setModule(PyStr.toJava(s));
        }
    }

    /** Whether a function is marked abstract ({@code __isabstractmethod__} true), as abc asks of descriptors. */
    private static boolean isAbstract(Node location, Object f) {
        if (f == null || f == PNone.NONE) {
            return false;
        }
        Object v = ObjectProtocol.lookupAttr(location, f, "__isabstractmethod__");
        return v != null && ObjectProtocol.isTrue(location, v);
    }

    /** gi_*, cr_* and ag_* attributes (the prefix must match the kind) and the names. */
    private static Object generatorAttribute(org.pyj.interpreter.runtime.PGeneratorBase g, String name) {
        String prefix = switch (g.kind()) {
            case GENERATOR -> "gi_";
            case COROUTINE -> "cr_";
            case ASYNC_GENERATOR -> "ag_";
        };
        if (name.equals("__name__")) {
            return PyStr.fromJava(g.getName());
        } else if (name.equals("__qualname__")) {
            return PyStr.fromJava(g.getQualname());
        } else if (!name.startsWith(prefix)) {
            return null;
        }
        switch (name.substring(3)) {
            case "running":
                return g instanceof org.pyj.interpreter.runtime.PAsyncGenerator ag ? ag.isRunningAsync() : g.isRunning();
            case "suspended":
                return g.kind() == org.pyj.interpreter.runtime.PGeneratorBase.Kind.ASYNC_GENERATOR ? null : g.isSuspended();
            case "frame":
                return g.isFinished() ? PNone.NONE : g.getFrameObject();
            case "code":
                return new org.pyj.interpreter.runtime.PCode((org.pyj.interpreter.nodes.PythonRootNode) g.getBody().getRootNode(), null);
            case "yieldfrom":
                return g.kind() != org.pyj.interpreter.runtime.PGeneratorBase.Kind.GENERATOR ? null
                        : g.getDelegate() == null ? PNone.NONE : g.getDelegate();
            case "await":
                return g.kind() == org.pyj.interpreter.runtime.PGeneratorBase.Kind.GENERATOR ? null
                        : g.getDelegate() == null ? PNone.NONE : g.getDelegate();
            default:
                return null;
        }
    }
}

package org.pyj.interpreter.builtins;

import java.util.List;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PMappingProxy;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

/** mappingproxy: read-only access to a mapping, each method forwarded to it. */
public final class MappingProxyBuiltins {
    private static final PyType T = BuiltinTypes.MAPPINGPROXY;

    private MappingProxyBuiltins() {
    }

    private static Object m(Object self) {
        return ((PMappingProxy) self).mapping();
    }

    public static void install(PyjContext context) {
        context.setConstructor(T, JavaBuiltin.function("mappingproxy", "cls, /, mapping", (loc, a) -> {
            Object mapping = a[1];
            boolean isMapping = mapping instanceof PDict || mapping instanceof PMappingProxy
                    || ObjectProtocol.isUserObject(mapping) && ObjectProtocol.lookupSpecial(mapping, "__getitem__") != null
                    && !(mapping instanceof PList);
            if (!isMapping) {
                throw PythonErrors.typeError(loc, "mappingproxy() argument must be a mapping, not %s", PythonTypeOf.typeName(mapping));
            }
            return new PMappingProxy(mapping);
        }));
        context.defineMethods(T, List.of(
                method(T, "__getitem__", "self, key, /", (loc, a) -> PyObjectItems.getItem(loc, m(a[0]), a[1])),
                method(T, "__contains__", "self, key, /", (loc, a) -> Containers.contains(loc, m(a[0]), a[1])),
                method(T, "__len__", "self", (loc, a) -> ObjectProtocol.size(loc, m(a[0]))),
                method(T, "__iter__", "self", (loc, a) -> Containers.getIter(loc, m(a[0]))),
                method(T, "__eq__", "self, value, /", (loc, a) -> ObjectProtocol.richCompare(loc, m(a[0]), a[1],
                        org.pyj.interpreter.lib.CompareOp.EQ)),
                method(T, "__repr__", "self", (loc, a) -> PyStr.fromJava("mappingproxy("
                        + PyStr.toJava(ObjectProtocol.repr(loc, m(a[0]))) + ")")),
                method(T, "keys", "self", (loc, a) -> ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, m(a[0]), "keys"))),
                method(T, "values", "self", (loc, a) -> ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, m(a[0]), "values"))),
                method(T, "items", "self", (loc, a) -> ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, m(a[0]), "items"))),
                method(T, "copy", "self", (loc, a) -> ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, m(a[0]), "copy"))),
                method(T, "get", "self, key, default=None, /", (loc, a) -> ObjectProtocol.call(loc,
                        ObjectProtocol.getAttr(loc, m(a[0]), "get"), a[1], a[2]))));
        T.define("__hash__", PNone.NONE);
    }
}

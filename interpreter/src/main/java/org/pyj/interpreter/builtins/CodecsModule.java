package org.pyj.interpreter.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.Codecs;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PBytesLike;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The {@code _codecs} module: the codec registry (register, lookup), the error handler registry,
 * encode/decode, and the utf-8, latin-1, ascii, utf-16 and utf-32 codec functions the encodings
 * package calls, on pyj's Java codecs ({@code lib/Codecs}). Decoders treat every chunk as final
 * for now; the escape and charmap codecs come later.
 */
public final class CodecsModule {
    private CodecsModule() {
    }

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("_codecs");
        PyjContext.put(module, "__name__", PyStr.fromJava("_codecs"));
        List<Object> searchFunctions = new ArrayList<>();
        Map<String, Object> cache = new HashMap<>();
        Map<String, Object> errorHandlers = new HashMap<>();
        List<BuiltinSpec> specs = new ArrayList<>();
        specs.add(JavaBuiltin.function("register", "search_function, /", (loc, a) -> {
            if (!ObjectProtocol.isCallable(a[0])) {
                throw PythonErrors.typeError(loc, "argument must be callable");
            }
            searchFunctions.add(a[0]);
            return PNone.NONE;
        }));
        specs.add(JavaBuiltin.function("unregister", "search_function, /", (loc, a) -> {
            searchFunctions.remove(a[0]);
            cache.clear();
            return PNone.NONE;
        }));
        specs.add(JavaBuiltin.function("lookup", "encoding, /", (loc, a) -> lookup(loc, str(loc, a[0]), searchFunctions, cache)));
        specs.add(JavaBuiltin.function("_forget_codec", "encoding, /", (loc, a) -> {
            cache.remove(normalize(str(loc, a[0])));
            return PNone.NONE;
        }));
        specs.add(JavaBuiltin.function("register_error", "errors, handler, /", (loc, a) -> {
            if (!ObjectProtocol.isCallable(a[1])) {
                throw PythonErrors.typeError(loc, "handler must be callable");
            }
            errorHandlers.put(str(loc, a[0]), a[1]);
            return PNone.NONE;
        }));
        specs.add(JavaBuiltin.function("lookup_error", "name, /", (loc, a) -> {
            String name = str(loc, a[0]);
            Object h = errorHandlers.get(name);
            if (h == null) {
                throw PythonErrors.raise(loc, BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '%s'", name);
            }
            return h;
        }));
        specs.add(JavaBuiltin.function("encode", "obj, encoding='utf-8', errors='strict'", (loc, a) ->
                encodeWith(loc, a[0], str(loc, a[1]), str(loc, a[2]), searchFunctions, cache)));
        specs.add(JavaBuiltin.function("decode", "obj, encoding='utf-8', errors='strict'", (loc, a) ->
                decodeWith(loc, a[0], str(loc, a[1]), str(loc, a[2]), searchFunctions, cache)));
        for (String[] c : new String[][]{{"utf_8", "utf-8"}, {"latin_1", "latin-1"}, {"ascii", "ascii"}, {"utf_16", "utf-16"},
            {"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"}, {"utf_32", "utf-32"}, {"utf_32_le", "utf-32-le"},
            {"utf_32_be", "utf-32-be"}}) {
            String codec = c[1];
            specs.add(JavaBuiltin.function(c[0] + "_encode", "str, errors=None, /", (loc, a) -> {
                if (!(a[0] instanceof TruffleString s)) {
                    throw PythonErrors.typeError(loc, "%s_encode() argument 1 must be str, not %s", c[0], PythonTypeOf.typeName(a[0]));
                }
                byte[] out = Codecs.encode(loc, s, codec, errors(loc, a[1]));
                return new PTuple(new Object[]{new PBytes(out), (long) PyStr.length(s)});
            }));
            specs.add(JavaBuiltin.function(c[0] + "_decode", "data, errors=None, final=False, /", (loc, a) -> {
                PBytesLike b = bytes(loc, a[0]);
                TruffleString s = Codecs.decode(loc, b.store(), b.length(), codec, errors(loc, a[1]));
                return new PTuple(new Object[]{s, (long) b.length()});
            }));
        }
        for (BuiltinSpec spec : specs) {
            PyjContext.put(module, spec.name(), context.makeBuiltin(spec, "_codecs"));
        }
        for (String name : new String[]{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
            "surrogateescape", "surrogatepass"}) {
            BuiltinSpec handler = JavaBuiltin.function(name + "_errors", "exception, /", (loc, a) -> handle(loc, name, a[0]));
            errorHandlers.put(name, context.makeBuiltin(handler, "_codecs"));
        }
        return module;
    }

    private static String str(Node loc, Object o) {
        if (!(o instanceof TruffleString s)) {
            throw PythonErrors.typeError(loc, "argument must be str, not %s", PythonTypeOf.typeName(o));
        }
        return PyStr.toJava(s);
    }

    private static String errors(Node loc, Object o) {
        return o == PNone.NONE ? "strict" : str(loc, o);
    }

    private static PBytesLike bytes(Node loc, Object o) {
        if (o instanceof PBytesLike b) {
            return b;
        }
        if (o instanceof org.pyj.interpreter.runtime.PMemoryView m) {
            return new PBytes(m.toBytes());
        }
        throw PythonErrors.typeError(loc, "a bytes-like object is required, not '%s'", PythonTypeOf.typeName(o));
    }

    /** The registry's name for an encoding: lower case, spaces as underscores (normalizestring). */
    private static String normalize(String encoding) {
        return encoding.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    @TruffleBoundary
    private static Object lookup(Node loc, String encoding, List<Object> searchFunctions, Map<String, Object> cache) {
        String key = normalize(encoding);
        Object hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        if (searchFunctions.isEmpty()) {
            // The encodings package registers its search function when first imported.
            ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, PyjContext.get(loc).getBuiltins(), "__import__"), PyStr.fromJava("encodings"));
        }
        for (Object f : new ArrayList<>(searchFunctions)) {
            Object r = ObjectProtocol.call(loc, f, PyStr.fromJava(key));
            if (r != PNone.NONE) {
                if (!(r instanceof PTuple) && !(r instanceof org.pyj.interpreter.runtime.PValueInstance v && v.getValue() instanceof PTuple)) {
                    throw PythonErrors.typeError(loc, "codec search functions must return 4-tuples");
                }
                cache.put(key, r);
                return r;
            }
        }
        throw PythonErrors.raise(loc, BuiltinTypes.LOOKUP_ERROR, "unknown encoding: %s", encoding);
    }

    @TruffleBoundary
    private static Object encodeWith(Node loc, Object obj, String encoding, String errors, List<Object> search, Map<String, Object> cache) {
        if (obj instanceof TruffleString s && Codecs.canonicalName(encoding) != null) {
            return new PBytes(Codecs.encode(loc, s, encoding, errors));
        }
        Object info = lookup(loc, encoding, search, cache);
        Object r = ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, info, "encode"), obj, PyStr.fromJava(errors));
        return ((PTuple) org.pyj.interpreter.runtime.PValueInstance.unwrap(r)).get(0);
    }

    @TruffleBoundary
    private static Object decodeWith(Node loc, Object obj, String encoding, String errors, List<Object> search, Map<String, Object> cache) {
        if (obj instanceof PBytesLike b && Codecs.canonicalName(encoding) != null) {
            return Codecs.decode(loc, b.store(), b.length(), encoding, errors);
        }
        Object info = lookup(loc, encoding, search, cache);
        Object r = ObjectProtocol.call(loc, ObjectProtocol.getAttr(loc, info, "decode"), obj, PyStr.fromJava(errors));
        return ((PTuple) org.pyj.interpreter.runtime.PValueInstance.unwrap(r)).get(0);
    }

    /** The standard error handlers as functions: what to put in place of exc.object[start:end], and where to go on. */
    @TruffleBoundary
    private static Object handle(Node loc, String name, Object exc) {
        if (!(exc instanceof PBaseException e) || !e.getType().isSubtypeOf(BuiltinTypes.UNICODE_ERROR) || e.getArgs().size() != 5) {
            throw PythonErrors.typeError(loc, "don't know how to handle %s in error callback", PythonTypeOf.typeName(exc));
        }
        Object end = e.getArgs().get(3);
        boolean decoding = e.getType().isSubtypeOf(BuiltinTypes.UNICODE_DECODE_ERROR);
        return switch (name) {
            case "strict" -> throw new org.pyj.interpreter.exceptions.PException(e, loc);
            case "ignore" -> new PTuple(new Object[]{PyStr.EMPTY, end});
            case "replace" -> new PTuple(new Object[]{PyStr.fromJava(decoding ? "\ufffd" : "?"), end});
            default -> throw PythonErrors.raise(loc, BuiltinTypes.NOT_IMPLEMENTED_ERROR, "pyj: the %s error handler as a function", name);
        };
    }
}

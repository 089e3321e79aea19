package org.pyj.interpreter.formatting;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.parser.LiteralRepr;

import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBigRange;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PFunction;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PRange;
import org.pyj.interpreter.runtime.PSimpleNamespace;
import org.pyj.interpreter.runtime.PSingleton;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/** The {@code repr()} and {@code str()} of every builtin value, as Java strings (slow path). */
public final class ReprFormatter {
    private ReprFormatter() {
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Integer || o instanceof Long) {
            return o.toString();
        } else if (o instanceof Double d) {
            return LiteralRepr.floatRepr(d);
        } else if (o instanceof org.pyj.interpreter.runtime.PComplex c) {
            return FloatToString.complexRepr(c.getReal(), c.getImag());
        } else if (o instanceof TruffleString s) {
            return stringRepr(PyStr.toJava(s));
        } else if (o instanceof PNone) {
            return "None";
        } else if (o instanceof PTuple t) {
            return tupleRepr(t);
        } else if (o instanceof PyType t) {
            return t.toString();
        } else if (o instanceof PFunction f) {
            return "<function " + f.getQualname() + " at " + addressOf(f) + ">";
        } else if (o instanceof PBuiltinFunction f) {
            if (f.getObjclass() != null) {
                return "<" + (f.isSlotWrapper() ? "slot wrapper" : "method") + " '" + f.getName() + "' of '"
                        + f.getObjclass().getName() + "' objects>";
            }
            return "<built-in function " + f.getName() + ">";
        } else if (o instanceof PBaseException e) {
            PTuple args = e.getArgs();
            String inner = args.size() == 1 ? repr(args.get(0)) : tupleRepr(args);
            if (args.size() != 1) {
                inner = inner.substring(1, inner.length() - 1 - (args.size() == 1 ? 1 : 0));
            }
            return e.getType().getName() + "(" + inner + ")";
        } else if (o instanceof PRange r) {
            return "range(" + r.getStart() + ", " + r.getStop() + (r.getStep() == 1 ? "" : ", " + r.getStep()) + ")";
        } else if (o instanceof PBigRange r) {
            return "range(" + r.getStart() + ", " + r.getStop() + (r.getStep().equals(java.math.BigInteger.ONE) ? ""
                    : ", " + r.getStep()) + ")";
        } else if (o instanceof PModule m) {
            return "<module '" + m.getName() + "' (built-in)>";
        } else if (o instanceof PSimpleNamespace ns) {
            StringBuilder sb = new StringBuilder("namespace(");
            boolean first = true;
            for (Map.Entry<String, Object> e : ns.getAttributes().entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(e.getKey()).append('=').append(repr(e.getValue()));
            }
            return sb.append(')').toString();
        } else if (o instanceof PSingleton s) {
            return s.toString();
        } else if (o instanceof org.pyj.interpreter.runtime.PInt p) {
            return org.pyj.interpreter.lib.PyObjectStrNode.intToDecimal(null, p);
        } else if (o instanceof PIterator) {
            return org.pyj.interpreter.lib.Containers.repr(null, o);
        }
        // The other objects (instances, lists, dicts, methods...) have their repr in the object protocol.
        return org.pyj.interpreter.lib.Containers.repr(null, o);
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof TruffleString s) {
            return PyStr.toJava(s);
        } else if (o instanceof PBaseException e) {
            if (e.getGroupExceptions() != null) {
                return org.pyj.interpreter.lib.ExceptionGroups.str(null, e);
            }
            PTuple args = e.getArgs();
            if (e.getType().isSubtypeOf(org.pyj.interpreter.runtime.BuiltinTypes.SYNTAX_ERROR) && args.size() == 2
                    && args.get(1) instanceof PTuple details && details.size() >= 2) {
                // CPython's SyntaxError_str: "msg (file, line N)".
                String file = str(details.get(0));
                int slash = file.lastIndexOf('/');
                return str(args.get(0)) + " (" + file.substring(slash + 1) + ", line " + str(details.get(1)) + ")";
            }
            boolean encodeError = e.getType().isSubtypeOf(org.pyj.interpreter.runtime.BuiltinTypes.UNICODE_ENCODE_ERROR);
            if (args.size() == 5 && (encodeError || e.getType().isSubtypeOf(org.pyj.interpreter.runtime.BuiltinTypes.UNICODE_DECODE_ERROR))) {
                return org.pyj.interpreter.lib.Codecs.errorMessage(encodeError, args.getItems());
            }
            Object[] imp = e.getImportError();
            if (imp != null && imp[0] != org.pyj.interpreter.runtime.PNone.NONE) {
                return PyStr.toJava(org.pyj.interpreter.lib.ObjectProtocol.str(null, imp[0])); // ImportError_str
            }
            Object[] os = e.getOsError();
            if (os != null && os[2] != null && os[2] != org.pyj.interpreter.runtime.PNone.NONE) {
                // OSError_str: "[Errno N] strerror: 'file'" (and " -> 'file2'").
                String s = "[Errno " + str(os[0]) + "] " + str(os[1]) + ": " + repr(os[2]);
                return os[3] != null && os[3] != org.pyj.interpreter.runtime.PNone.NONE ? s + " -> " + repr(os[3]) : s;
            } else if (os != null && os[0] != null && os[1] != null) {
                return "[Errno " + str(os[0]) + "] " + str(os[1]);
            }
            if (args.size() == 1 && e.getType().isSubtypeOf(org.pyj.interpreter.runtime.BuiltinTypes.KEY_ERROR)) {
                return repr(args.get(0)); // KeyError_str
            }
            return switch (args.size()) {
                case 0 -> "";
                case 1 -> PyStr.toJava(org.pyj.interpreter.lib.ObjectProtocol.str(null, args.get(0)));
                default -> PyStr.toJava(org.pyj.interpreter.lib.ObjectProtocol.repr(null, args));
            };
        }
        return repr(o);
    }

    /** The made-up address reprs show ("at 0x7f..."): stable per object, like CPython's. */
    public static String addressOf(Object o) {
        return String.format("0x%012x", System.identityHashCode(o) * 16L + 0x7f0000000000L);
    }

    private static String tupleRepr(PTuple t) {
        if (t.size() == 0) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(t.get(i)));
        }
        if (t.size() == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    public static String stringRepr(String s) {
        return LiteralRepr.stringRepr(s);
    }

    /** {@code ascii()}: a repr with every non-ASCII code point escaped. */
    @TruffleBoundary
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}

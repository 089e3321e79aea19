package org.pyj.interpreter.formatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectFormatNode;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;

/**
 * {@code str.format} and {@code str.format_map}: CPython's stringlib/unicode_format.h, with its
 * parsing order (errors appear as the string is consumed, after earlier fields were looked
 * up), automatic and manual numbering, attribute/index chains and nested format specs.
 */
public final class StrFormat {
    private static final TruffleString.Encoding ENC = PyStr.ENCODING;
    private static final int AUTO_INIT = 0;
    private static final int AUTO = 1;
    private static final int MANUAL = 2;

    private final Node loc;
    private final TruffleString source;
    private final int[] s;
    /** The positional arguments; null for format_map, where positional fields are an error. */
    private final Object[] args;
    /** The keyword arguments or format_map's mapping; null when there are none. */
    private final Object kwargs;
    private int autoState = AUTO_INIT;
    private int autoNumber;

    private StrFormat(Node loc, TruffleString source, Object[] args, Object kwargs) {
        this.loc = loc;
        this.source = source;
        this.s = codePoints(source);
        this.args = args;
        this.kwargs = kwargs;
    }

    @TruffleBoundary
    public static TruffleString format(Node loc, TruffleString fmt, PTuple args, PDict kwargs) {
        StrFormat f = new StrFormat(loc, fmt, args.getItems(), kwargs.size() == 0 ? null : kwargs);
        return f.build(0, f.s.length, 2);
    }

    @TruffleBoundary
    public static TruffleString formatMap(Node loc, TruffleString fmt, Object mapping) {
        StrFormat f = new StrFormat(loc, fmt, null, mapping);
        return f.build(0, f.s.length, 2);
    }

    /** build_string/do_markup: literal text and replacement fields of {@code s[start:end]}. */
    private TruffleString build(int start, int end, int depth) {
        if (depth <= 0) {
            throw PythonErrors.valueError(loc, "Max string recursion exceeded");
        }
        TruffleStringBuilder out = TruffleStringBuilder.create(ENC);
        int pos = start;
        while (pos < end) {
            int literalStart = pos;
            int c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int literalEnd = pos;
            if (c == '}' && (atEnd || s[pos] != '}')) {
                throw PythonErrors.valueError(loc, "Single '}' encountered in format string");
            }
            if (atEnd && c == '{') {
                throw PythonErrors.valueError(loc, "Single '{' encountered in format string");
            }
            if (!atEnd) {
                if (c == s[pos]) {
                    // "{{" or "}}": the literal keeps one brace.
                    pos++;
                    markup = false;
                } else {
                    literalEnd--;
                }
            }
            if (literalEnd > literalStart) {
                out.appendSubstringByteIndexUncached(source, literalStart * 4, (literalEnd - literalStart) * 4);
            }
            if (markup) {
                pos = field(out, pos, end, depth);
            }
        }
        return out.toStringUncached();
    }

    /** parse_field then output_markup for the field starting at {@code pos}; returns the position after it. */
    private int field(TruffleStringBuilder out, int start, int end, int depth) {
        int pos = start;
        int c = 0;
        while (pos < end) {
            c = s[pos++];
            if (c == '{') {
                throw PythonErrors.valueError(loc, "unexpected '{' in field name");
            } else if (c == '[') {
                while (pos < end && s[pos] != ']') {
                    pos++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos;
        int specEnd = pos;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (pos >= end) {
                    throw PythonErrors.valueError(loc, "end of string while looking for conversion specifier");
                }
                conversion = s[pos++];
                if (pos < end) {
                    c = s[pos++];
                    if (c == '}') {
                        specFollows = false;
                        specStart = specEnd = pos;
                    } else if (c != ':') {
                        throw PythonErrors.valueError(loc, "expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < end) {
                    c = s[pos++];
                    if (c == '{') {
                        expand = true;
                        count++;
                    } else if (c == '}' && --count == 0) {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw PythonErrors.valueError(loc, "unmatched '{' in format spec");
                }
                specEnd = pos - 1;
            }
        } else if (c != '}') {
            throw PythonErrors.valueError(loc, "expected '}' before end of string");
        }

        Object value = fieldObject(start, nameEnd);
        if (conversion != 0) {
            value = convert(value, conversion);
        }
        TruffleString spec = expand ? build(specStart, specEnd, depth - 1) : substring(specStart, specEnd);
        out.appendStringUncached(PyObjectFormatNode.formatSlowPath(loc, value, spec));
        return pos;
    }

    /** get_field_object: the argument, then each {@code .name} and {@code [key]} applied in turn. */
    private Object fieldObject(int start, int end) {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') {
            i++;
        }
        int firstEnd = i;
        long index = integer(start, firstEnd);
        boolean empty = firstEnd == start;
        boolean numeric = empty || index != -1;
        if (autoState == AUTO_INIT && numeric) {
            autoState = empty ? AUTO : MANUAL;
        }
        if (numeric) {
            if (autoState == MANUAL && empty) {
                throw PythonErrors.valueError(loc, "cannot switch from manual field specification to automatic field numbering");
            } else if (autoState == AUTO && !empty) {
                throw PythonErrors.valueError(loc, "cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) {
            index = autoNumber++;
        }
        Object obj;
        if (index == -1) {
            TruffleString key = substring(start, firstEnd);
            if (kwargs == null) {
                throw PythonErrors.raiseWithArgs(loc, BuiltinTypes.KEY_ERROR, key);
            }
            obj = PyObjectItems.getItem(loc, kwargs, key);
        } else {
            if (args == null) {
                throw PythonErrors.valueError(loc, "Format string contains positional fields");
            }
            if (index >= args.length) {
                throw PythonErrors.raise(loc, BuiltinTypes.INDEX_ERROR,
                        "Replacement index %d out of range for positional args tuple", index);
            }
            obj = args[(int) index];
        }
        while (i < end) {
            int c = s[i++];
            int nameStart = i;
            boolean attribute = c == '.';
            if (attribute) {
                while (i < end && s[i] != '.' && s[i] != '[') {
                    i++;
                }
            } else if (c == '[') {
                while (i < end && s[i] != ']') {
                    i++;
                }
                if (i >= end) {
                    throw PythonErrors.valueError(loc, "Missing ']' in format string");
                }
            } else {
                throw PythonErrors.valueError(loc, "Only '.' or '[' may follow ']' in format field specifier");
            }
            int nameEnd = i;
            if (!attribute) {
                i++;
            }
            long key = attribute ? -1 : integer(nameStart, nameEnd);
            if (nameStart == nameEnd) {
                throw PythonErrors.valueError(loc, "Empty attribute in format string");
            }
            if (attribute) {
                obj = ObjectProtocol.getAttr(loc, obj, PyStr.toJava(substring(nameStart, nameEnd)));
            } else {
                obj = PyObjectItems.getItem(loc, obj, key == -1 ? substring(nameStart, nameEnd) : (Object) key);
            }
        }
        return obj;
    }

    /** get_integer: the decimal value of {@code s[start:end]}, or -1 when it is empty or not all decimal digits. */
    private long integer(int start, int end) {
        if (start >= end) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int d = decimalValue(s[i]);
            if (d < 0) {
                return -1;
            }
            if (value > (Long.MAX_VALUE - d) / 10) {
                throw PythonErrors.valueError(loc, "Too many decimal digits in format string");
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int decimalValue(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }

    private Object convert(Object value, int conversion) {
        return switch (conversion) {
            case 'r' -> ObjectProtocol.repr(loc, value);
            case 's' -> ObjectProtocol.str(loc, value);
            case 'a' -> PyStr.fromJava(ReprFormatter.ascii(PyStr.toJava(ObjectProtocol.repr(loc, value))));
            default -> {
                if (conversion > 32 && conversion < 127) {
                    throw PythonErrors.valueError(loc, "Unknown conversion specifier %c", (char) conversion);
                }
                throw PythonErrors.valueError(loc, "Unknown conversion specifier \\x%x", conversion);
            }
        };
    }

    private TruffleString substring(int from, int to) {
        return source.substringUncached(from, to - from, ENC, true);
    }

    static int[] codePoints(TruffleString t) {
        return org.pyj.interpreter.runtime.PyStr.codePoints(t);
    }
}

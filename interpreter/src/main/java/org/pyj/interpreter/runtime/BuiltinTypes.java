package org.pyj.interpreter.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin types and the builtin exception hierarchy, shared by every context. */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    private static final Map<String, PyType> EXCEPTIONS = new LinkedHashMap<>();

    public static final PyType OBJECT = new PyType("object", "builtins", null);
    public static final PyType TYPE = new PyType("type", "builtins", OBJECT);
    public static final PyType INT = new PyType("int", "builtins", OBJECT);
    public static final PyType BOOL = new PyType("bool", "builtins", INT);
    public static final PyType FLOAT = new PyType("float", "builtins", OBJECT);
    public static final PyType COMPLEX = new PyType("complex", "builtins", OBJECT);
    public static final PyType STR = new PyType("str", "builtins", OBJECT);
    public static final PyType TUPLE = new PyType("tuple", "builtins", OBJECT);
    public static final PyType RANGE = new PyType("range", "builtins", OBJECT);
    public static final PyType NONE_TYPE = new PyType("NoneType", "builtins", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", "builtins", OBJECT);
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", "builtins", OBJECT);
    public static final PyType FUNCTION = new PyType("function", "builtins", OBJECT);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", "builtins", OBJECT);
    public static final PyType MODULE = new PyType("module", "builtins", OBJECT);
    public static final PyType RANGE_ITERATOR = new PyType("range_iterator", "builtins", OBJECT);
    public static final PyType TUPLE_ITERATOR = new PyType("tuple_iterator", "builtins", OBJECT);
    public static final PyType STR_ITERATOR = new PyType("str_ascii_iterator", "builtins", OBJECT);
    public static final PyType SIMPLE_NAMESPACE = new PyType("SimpleNamespace", "types", OBJECT);
    public static final PyType LIST = new PyType("list", "builtins", OBJECT);
    public static final PyType DICT = new PyType("dict", "builtins", OBJECT);
    public static final PyType SET = new PyType("set", "builtins", OBJECT);
    public static final PyType FROZENSET = new PyType("frozenset", "builtins", OBJECT);
    public static final PyType SLICE = new PyType("slice", "builtins", OBJECT);
    public static final PyType METHOD = new PyType("method", "builtins", OBJECT);
    public static final PyType PROPERTY = new PyType("property", "builtins", OBJECT);
    public static final PyType CLASSMETHOD = new PyType("classmethod", "builtins", OBJECT);
    public static final PyType STATICMETHOD = new PyType("staticmethod", "builtins", OBJECT);
    public static final PyType SUPER = new PyType("super", "builtins", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = new PyType("member_descriptor", "builtins", OBJECT);
    public static final PyType LIST_ITERATOR = new PyType("list_iterator", "builtins", OBJECT);
    public static final PyType SET_ITERATOR = new PyType("set_iterator", "builtins", OBJECT);
    public static final PyType ITERATOR = new PyType("iterator", "builtins", OBJECT);
    public static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", "builtins", OBJECT);
    public static final PyType DICT_KEYS = new PyType("dict_keys", "builtins", OBJECT);
    public static final PyType DICT_VALUES = new PyType("dict_values", "builtins", OBJECT);
    public static final PyType DICT_ITEMS = new PyType("dict_items", "builtins", OBJECT);
    public static final PyType DICT_KEY_ITERATOR = new PyType("dict_keyiterator", "builtins", OBJECT);
    public static final PyType DICT_VALUE_ITERATOR = new PyType("dict_valueiterator", "builtins", OBJECT);
    public static final PyType DICT_ITEM_ITERATOR = new PyType("dict_itemiterator", "builtins", OBJECT);
    public static final PyType ENUMERATE = new PyType("enumerate", "builtins", OBJECT);
    public static final PyType ZIP = new PyType("zip", "builtins", OBJECT);
    public static final PyType MAP = new PyType("map", "builtins", OBJECT);
    public static final PyType FILTER = new PyType("filter", "builtins", OBJECT);
    public static final PyType REVERSED = new PyType("reversed", "builtins", OBJECT);
    public static final PyType CELL = new PyType("cell", "builtins", OBJECT);
    public static final PyType GENERIC_ALIAS = new PyType("GenericAlias", "types", OBJECT);
    public static final PyType GENERATOR = new PyType("generator", "builtins", OBJECT);
    public static final PyType CODE = new PyType("code", "builtins", OBJECT);
    public static final PyType FRAME = new PyType("frame", "builtins", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = new PyType("method_descriptor", "builtins", OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = new PyType("wrapper_descriptor", "builtins", OBJECT);
    public static final PyType METHOD_WRAPPER = new PyType("method-wrapper", "builtins", OBJECT);
    public static final PyType CLASSMETHOD_DESCRIPTOR = new PyType("classmethod_descriptor", "builtins", OBJECT);
    public static final PyType TRACEBACK = new PyType("traceback", "builtins", OBJECT);
    public static final PyType UNION_TYPE = new PyType("UnionType", "types", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = new PyType("getset_descriptor", "builtins", OBJECT);
    public static final PyType MAPPINGPROXY = new PyType("mappingproxy", "builtins", OBJECT).withSpecialMethodsInDict();
    public static final PyType BYTES = new PyType("bytes", "builtins", OBJECT).withSpecialMethodsInDict();
    public static final PyType BYTEARRAY = new PyType("bytearray", "builtins", OBJECT).withSpecialMethodsInDict();
    public static final PyType WEAKREF = new PyType("ReferenceType", "weakref", OBJECT).withSpecialMethodsInDict();
    public static final PyType WEAKPROXY = new PyType("ProxyType", "weakref", OBJECT).withSpecialMethodsInDict();
    public static final PyType THREAD_LOCK = new PyType("lock", "_thread", OBJECT);
    public static final PyType DIR_ENTRY = new PyType("DirEntry", "posix", OBJECT);
    public static final PyType STRUCT = new PyType("Struct", "_struct", OBJECT);
    public static final PyType UNPACK_ITERATOR = new PyType("unpack_iterator", "_struct", OBJECT);
    public static final PyType DEQUE = new PyType("deque", "collections", OBJECT).withSpecialMethodsInDict();
    public static final PyType DEQUE_ITERATOR = new PyType("_deque_iterator", "builtins", OBJECT);
    public static final PyType DEQUE_REVERSE_ITERATOR = new PyType("_deque_reverse_iterator", "builtins", OBJECT);
    public static final PyType DEFAULTDICT = new PyType("defaultdict", "collections", DICT).withSpecialMethodsInDict();
    public static final PyType SCANDIR_ITERATOR = new PyType("ScandirIterator", "posix", OBJECT);
    public static final PyType THREAD_RLOCK = new PyType("RLock", "_thread", OBJECT);
    public static final PyType WEAKCALLABLEPROXY = new PyType("CallableProxyType", "weakref", OBJECT).withSpecialMethodsInDict();
    public static final PyType BYTES_ITERATOR = new PyType("bytes_iterator", "builtins", OBJECT);
    public static final PyType BYTEARRAY_ITERATOR = new PyType("bytearray_iterator", "builtins", OBJECT);
    public static final PyType MEMORYVIEW = new PyType("memoryview", "builtins", OBJECT).withSpecialMethodsInDict();
    public static final PyType COROUTINE = new PyType("coroutine", "builtins", OBJECT);
    public static final PyType COROUTINE_WRAPPER = new PyType("coroutine_wrapper", "builtins", OBJECT);
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", "builtins", OBJECT);
    public static final PyType ASYNC_GENERATOR_ASEND = new PyType("async_generator_asend", "builtins", OBJECT);
    public static final PyType ASYNC_GENERATOR_ATHROW = new PyType("async_generator_athrow", "builtins", OBJECT);
    public static final PyType ANEXT_AWAITABLE = new PyType("anext_awaitable", "builtins", OBJECT);
    public static final PyType LIST_REVERSE_ITERATOR = new PyType("list_reverseiterator", "builtins", OBJECT);

    public static final PyType BASE_EXCEPTION = exception("BaseException", OBJECT);
    public static final PyType SYSTEM_EXIT = exception("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exception("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exception("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exception("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = exception("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exception("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exception("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exception("AttributeError", EXCEPTION);
    public static final PyType IMPORT_ERROR = exception("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exception("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exception("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exception("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exception("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = exception("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exception("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = exception("RuntimeError", EXCEPTION);
    public static final PyType RECURSION_ERROR = exception("RecursionError", RUNTIME_ERROR);
    public static final PyType NOT_IMPLEMENTED_ERROR = exception("NotImplementedError", RUNTIME_ERROR);
    public static final PyType STOP_ITERATION = exception("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = exception("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exception("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = exception("TabError", INDENTATION_ERROR);
    public static final PyType TYPE_ERROR = exception("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exception("ValueError", EXCEPTION);
    public static final PyType MEMORY_ERROR = exception("MemoryError", EXCEPTION);
    public static final PyType OS_ERROR = exception("OSError", EXCEPTION);
    public static final PyType GENERATOR_EXIT = exception("GeneratorExit", BASE_EXCEPTION);
    public static final PyType BASE_EXCEPTION_GROUP = exception("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = register(new PyType("ExceptionGroup", "builtins",
            new PyType[]{BASE_EXCEPTION_GROUP, EXCEPTION}, new PyType[]{BASE_EXCEPTION_GROUP, EXCEPTION, BASE_EXCEPTION, OBJECT}));
    public static final PyType STOP_ASYNC_ITERATION = exception("StopAsyncIteration", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exception("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType BUFFER_ERROR = exception("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exception("EOFError", EXCEPTION);
    public static final PyType REFERENCE_ERROR = exception("ReferenceError", EXCEPTION);
    public static final PyType SYSTEM_ERROR = exception("SystemError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exception("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = exception("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = exception("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = exception("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exception("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exception("FileExistsError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exception("PermissionError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exception("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exception("NotADirectoryError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exception("TimeoutError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = exception("InterruptedError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = exception("ConnectionError", OS_ERROR);
    public static final PyType BLOCKING_IO_ERROR = exception("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = exception("ChildProcessError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = exception("ProcessLookupError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exception("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exception("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exception("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exception("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType WARNING = exception("Warning", EXCEPTION);
    public static final PyType USER_WARNING = exception("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = exception("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exception("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = exception("SyntaxWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = exception("PendingDeprecationWarning", WARNING);
    public static final PyType FUTURE_WARNING = exception("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = exception("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = exception("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = exception("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = exception("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = exception("EncodingWarning", WARNING);

    /**
     * OSError(errno, ...) makes the subclass for that errno (CPython's errnomap, Linux numbers):
     * EPERM/EACCES, ENOENT, ESRCH, EINTR, ECHILD, EAGAIN/EALREADY/EINPROGRESS, EEXIST, ENOTDIR,
     * EISDIR, EPIPE, ECONNABORTED, ECONNRESET, ETIMEDOUT, ECONNREFUSED.
     */
    public static PyType osErrorSubclass(long errno) {
        return switch ((int) errno) {
            case 1, 13 -> PERMISSION_ERROR;
            case 2 -> FILE_NOT_FOUND_ERROR;
            case 3 -> PROCESS_LOOKUP_ERROR;
            case 4 -> INTERRUPTED_ERROR;
            case 10 -> CHILD_PROCESS_ERROR;
            case 11, 114, 115 -> BLOCKING_IO_ERROR;
            case 17 -> FILE_EXISTS_ERROR;
            case 20 -> NOT_A_DIRECTORY_ERROR;
            case 21 -> IS_A_DIRECTORY_ERROR;
            case 32 -> BROKEN_PIPE_ERROR;
            case 103 -> CONNECTION_ABORTED_ERROR;
            case 104 -> CONNECTION_RESET_ERROR;
            case 110 -> TIMEOUT_ERROR;
            case 111 -> CONNECTION_REFUSED_ERROR;
            default -> OS_ERROR;
        };
    }

    private static PyType exception(String name, PyType base) {
        return register(new PyType(name, "builtins", base));
    }

    private static PyType register(PyType t) {
        EXCEPTIONS.put(t.getName(), t);
        return t;
    }

    /** Every builtin exception type by name, base classes first. */
    public static Map<String, PyType> exceptions() {
        return EXCEPTIONS;
    }
}

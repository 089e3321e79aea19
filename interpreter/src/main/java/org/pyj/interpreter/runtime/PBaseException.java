package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A Python exception instance: its type and {@code args}. */
public final class PBaseException extends PythonObject {
    private PTuple args;
    /** {@code __cause__}, {@code __context__}, {@code __suppress_context__}: CPython's chaining. */
    private PBaseException cause;
    private PBaseException context;
    private boolean suppressContext;
    /** The Truffle exception that last carried this object (its stack is the traceback). */
    private Object carrier;
    /** Once caught: how many frames (innermost first) its __traceback__ holds; 0 for all. */
    private int tracebackDepth;

    /** {@code NameError.name} / {@code AttributeError.name}: set only when the interpreter raises it, as in CPython. */
    private String name;
    /** {@code AttributeError.obj}: the object that lacked the attribute (null: None). */
    private Object obj;
    /**
     * Where an interpreter-raised NameError happened: the code's local variable names
     * (co_varnames), its globals and builtins. The traceback printer draws "Did you mean" from them.
     */
    private String[] varnames;
    private PModule globals;
    private PModule builtins;

    /**
     * An OSError's errno, strerror, filename, filename2 and (BlockingIOError) characters_written,
     * parsed from the constructor's arguments as CPython's oserror_parse_args does; null entries
     * are unset. Null for other exceptions.
     */
    private Object[] osError;

    public PBaseException(PyType type, PTuple args) {
        super(type);
        this.args = args;
        if (type.isSubtypeOf(BuiltinTypes.OS_ERROR)) {
            parseOsErrorArgs(type);
        } else if (type.isSubtypeOf(BuiltinTypes.IMPORT_ERROR)) {
            importError = new Object[]{args.size() == 1 ? args.get(0) : PNone.NONE, PNone.NONE, PNone.NONE};
        }
    }

    /** The traceback object last made for this exception, with what it was made from (lib/Tracebacks). */
    private Object[] tracebackCache;

    public Object[] getTracebackCache() {
        return tracebackCache;
    }

    public void setTracebackCache(Object[] cache) {
        this.tracebackCache = cache;
    }

    /** An ImportError's msg, name and path (CPython's member fields); null for other exceptions. */
    private Object[] importError;

    public Object[] getImportError() {
        return importError;
    }

    private void parseOsErrorArgs(PyType type) {
        osError = new Object[5];
        int n = args.size();
        if (n < 2 || n > 5) {
            return;
        }
        osError[0] = args.get(0);
        osError[1] = args.get(1);
        Object filename = n >= 3 ? args.get(2) : PNone.NONE;
        if (n == 5) {
            osError[3] = args.get(4);
        }
        if (filename != PNone.NONE) {
            if (type.isSubtypeOf(BuiltinTypes.BLOCKING_IO_ERROR) && (filename instanceof Integer || filename instanceof Long)) {
                osError[4] = filename;
            } else {
                osError[2] = filename;
                // With a filename, args keeps only (errno, strerror).
                args = new PTuple(new Object[]{args.get(0), args.get(1)});
            }
        }
    }

    /** The OSError fields (errno, strerror, filename, filename2, characters_written), or null. */
    public Object[] getOsError() {
        return osError;
    }

    public PyType getType() {
        return getPythonType();
    }

    /** An exception group's {@code message} and {@code exceptions} (null for other exceptions). */
    private Object groupMessage;
    private PTuple groupExceptions;

    public Object getGroupMessage() {
        return groupMessage;
    }

    public PTuple getGroupExceptions() {
        return groupExceptions;
    }

    public void setGroup(Object message, PTuple exceptions) {
        this.groupMessage = message;
        this.groupExceptions = exceptions;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    /** BaseException.__init__: the arguments again, parsed again by OSError as its __init__ would. */
    public void initArgs(PTuple newArgs) {
        this.args = newArgs;
        if (osError != null) {
            parseOsErrorArgs(getType());
        } else if (importError != null) {
            importError[0] = newArgs.size() == 1 ? newArgs.get(0) : PNone.NONE;
        }
    }

    public PTuple getArgs() {
        return args;
    }

    public PBaseException getCause() {
        return cause;
    }

    /** {@code raise ... from cause}: also sets __suppress_context__, as CPython does. */
    public void setCause(PBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PBaseException getContext() {
        return context;
    }

    public void setContext(PBaseException context) {
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public int getTracebackDepth() {
        return tracebackDepth;
    }

    public void setTracebackDepth(int depth) {
        this.tracebackDepth = depth;
    }

    /** A group that except* raised again: its traceback leaves out the frame it was re-raised in, as CPython's. */
    private boolean reraisedByExceptStar;

    public boolean isReraisedByExceptStar() {
        return reraisedByExceptStar;
    }

    public void setReraisedByExceptStar() {
        reraisedByExceptStar = true;
    }

    public Object getCarrier() {
        return carrier;
    }

    public void setCarrier(Object carrier) {
        this.carrier = carrier;
    }

    /** {@code SystemExit.code}: None without args, the argument with one, else the args tuple. */
    public Object getExitCode() {
        return switch (args.size()) {
            case 0 -> PNone.NONE;
            case 1 -> args.get(0);
            default -> args;
        };
    }

    public String getName() {
        return name;
    }

    public void setNameErrorScope(String name, String[] varnames, PModule globals, PModule builtins) {
        this.name = name;
        this.varnames = varnames;
        this.globals = globals;
        this.builtins = builtins;
    }

    public void setAttributeErrorInfo(String attributeName, Object object) {
        this.name = attributeName;
        this.obj = object;
    }

    public Object getObj() {
        return obj;
    }

    public String[] getVarnames() {
        return varnames;
    }

    public PModule getGlobals() {
        return globals;
    }

    public PModule getBuiltins() {
        return builtins;
    }

    /** Assigning {@code __cause__} (PyException_SetCause): also sets __suppress_context__, even for None. */
    public void setCauseOnly(PBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }
}

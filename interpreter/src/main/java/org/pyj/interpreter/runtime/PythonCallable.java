package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.RootCallTarget;

/** What a call needs from a function, Python-defined or builtin: code, parameters, defaults, globals. */
public interface PythonCallable {
    RootCallTarget getCallTarget();

    Signature getSignature();

    Object[] getDefaults();

    Object[] getKwDefaults();

    /** The globals the code runs with; null for builtins. */
    PModule getGlobals();
}

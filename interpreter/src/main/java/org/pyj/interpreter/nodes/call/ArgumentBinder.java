package org.pyj.interpreter.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PythonCallable;
import org.pyj.interpreter.runtime.Signature;

/**
 * Binds call arguments to parameters with every rule and message of CPython's
 * {@code _PyEval_MakeFrame}/{@code positional_only_passed_as_keyword}: the general slow path
 * behind {@link BindArgumentsNode}. {@code **kwargs} parameters arrive with dicts (core issue).
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    @TruffleBoundary
    public static Object[] bind(Node location, PythonCallable callee, Object self, Object[] args, String[] kwNames,
            Object[] kwValues) {
        Signature sig = callee.getSignature();
        String[] names = sig.getParameterNames();
        int positional = sig.getPositionalCount();
        Object[] result = PArguments.create(callee.getGlobals(), self, sig.getParameterCount());
        int base = PArguments.USER_ARGUMENTS;
        String fn = sig.getName() + "()";

        int given = args.length;
        if (callee instanceof PBuiltinFunction && sig.isSimple() && callee.getDefaults().length == 0
                && given != positional && kwNames.length == 0) {
            // The messages of CPython's METH_O builtins and of _PyArg_CheckPositional.
            if (positional == 1) {
                throw PythonErrors.typeError(location, "%s() takes exactly one argument (%d given)", sig.getName(), given);
            }
            throw PythonErrors.typeError(location, "%s expected %d argument%s, got %d", sig.getName(), positional,
                    positional == 1 ? "" : "s", given);
        }
        if (given > positional && !sig.hasVarArgs()) {
            throw tooManyPositional(location, callee, fn, given, kwNames, positional);
        }
        int n = Math.min(given, positional);
        System.arraycopy(args, 0, result, base, n);
        if (sig.hasVarArgs()) {
            Object[] rest = new Object[Math.max(0, given - positional)];
            if (rest.length > 0) {
                System.arraycopy(args, positional, rest, 0, rest.length);
            }
            result[base + sig.varArgsIndex()] = rest.length == 0 ? PTuple.EMPTY : new PTuple(rest);
        }
        int kwStart = sig.kwOnlyStart();
        for (int k = 0; k < kwNames.length; k++) {
            String name = kwNames[k];
            int index = -1;
            for (int p = sig.getPosOnlyCount(); p < positional; p++) {
                if (names[p].equals(name)) {
                    index = p;
                }
            }
            for (int p = kwStart; p < kwStart + sig.getKwOnlyCount(); p++) {
                if (names[p].equals(name)) {
                    index = p;
                }
            }
            if (index < 0) {
                for (int p = 0; p < sig.getPosOnlyCount(); p++) {
                    if (names[p].equals(name) && !sig.hasVarKeywords()) {
                        throw PythonErrors.typeError(location,
                                "%s got some positional-only arguments passed as keyword arguments: '%s'", fn, name);
                    }
                }
                throw PythonErrors.typeError(location, "%s got an unexpected keyword argument '%s'", fn, name);
            }
            if (result[base + index] != null) {
                throw PythonErrors.typeError(location, "%s got multiple values for argument '%s'", fn, name);
            }
            result[base + index] = kwValues[k];
        }
        // Defaults, then the missing-argument errors, positional first.
        Object[] defaults = callee.getDefaults();
        int firstDefault = positional - defaults.length;
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < positional; p++) {
            if (result[base + p] == null) {
                if (p >= firstDefault) {
                    result[base + p] = defaults[p - firstDefault];
                } else {
                    missing.add(names[p]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(location, fn, missing, "positional");
        }
        Object[] kwDefaults = callee.getKwDefaults();
        for (int p = kwStart; p < kwStart + sig.getKwOnlyCount(); p++) {
            if (result[base + p] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[p - kwStart];
                if (d != null) {
                    result[base + p] = d;
                } else {
                    missing.add(names[p]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(location, fn, missing, "keyword-only");
        }
        return result;
    }

    private static RuntimeException tooManyPositional(Node location, PythonCallable callee, String fn, int given,
            String[] kwNames, int positional) {
        int defaults = callee.getDefaults().length;
        int kwOnlyGiven = kwNames.length;
        String takes;
        if (defaults > 0) {
            takes = "from " + (positional - defaults) + " to " + positional + " positional arguments";
        } else {
            takes = positional + " positional argument" + (positional == 1 ? "" : "s");
        }
        String was = given + " " + (given == 1 ? "was" : "were");
        if (kwOnlyGiven > 0) {
            was = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven
                    + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") + ") were";
            if (given == 1) {
                was = given + " positional argument (and " + kwOnlyGiven + " keyword-only argument"
                        + (kwOnlyGiven == 1 ? "" : "s") + ") were";
            }
        }
        throw PythonErrors.typeError(location, "%s takes %s but %s given", fn, takes, was);
    }

    private static RuntimeException missingArguments(Node location, String fn, List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                names.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
            }
            names.append('\'').append(missing.get(i)).append('\'');
        }
        throw PythonErrors.typeError(location, "%s missing %d required %s argument%s: %s", fn, missing.size(), kind,
                missing.size() == 1 ? "" : "s", names);
    }
}

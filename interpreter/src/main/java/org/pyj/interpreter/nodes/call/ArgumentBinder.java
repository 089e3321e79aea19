package org.pyj.interpreter.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PBuiltinFunction;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PythonCallable;
import org.pyj.interpreter.runtime.Signature;

/**
 * Binds call arguments to parameters with every rule and message of CPython's
 * {@code _PyEval_MakeFrame}/{@code positional_only_passed_as_keyword}: the general slow path
 * behind {@link BindArgumentsNode}. {@code **kwargs} parameters arrive with dicts (core issue).
 */
public final class ArgumentBinder {
    public static final String[] NO_KEYWORDS = new String[0];
    public static final Object[] NO_VALUES = new Object[0];

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
            // The messages of CPython's METH_NOARGS and METH_O builtins and of _PyArg_CheckPositional.
            boolean method = positional <= 2 && sig.getName().contains(".") && names[0].equals("self");
            if (method) {
                throw PythonErrors.typeError(location, "%s() takes %s (%d given)", sig.getName(),
                        positional == 1 ? "no arguments" : "exactly one argument", given - 1);
            }
            if (positional == 1) {
                throw PythonErrors.typeError(location, "%s() takes exactly one argument (%d given)", sig.getName(), given);
            }
            throw PythonErrors.typeError(location, "%s expected %d argument%s, got %d", sig.getName(), positional,
                    positional == 1 ? "" : "s", given);
        }
        if (callee instanceof PBuiltinFunction && !sig.hasVarArgs() && !sig.hasVarKeywords()) {
            checkClinicArguments(location, callee, sig, fn, given, kwNames);
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
        PDict extras = null;
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
            if (index < 0 && sig.hasVarKeywords()) {
                if (extras == null) {
                    extras = new PDict();
                }
                if (extras.containsKey(org.pyj.interpreter.runtime.PyStr.fromJava(name))) {
                    throw PythonErrors.typeError(location, "%s got multiple values for keyword argument '%s'", fn, name);
                }
                extras.setItem(org.pyj.interpreter.runtime.PyStr.fromJava(name), kwValues[k]);
                continue;
            }
            if (index < 0) {
                for (int p = 0; p < sig.getPosOnlyCount(); p++) {
                    if (names[p].equals(name) && !sig.hasVarKeywords()) {
                        throw PythonErrors.typeError(location,
                                "%s got some positional-only arguments passed as keyword arguments: '%s'", fn, name);
                    }
                }
                if (callee instanceof PBuiltinFunction) {
                    // CPython's argument parsers for builtins (getargs.c, Argument Clinic) word it so.
                    throw PythonErrors.typeError(location, "'%s' is an invalid keyword argument for %s", name, fn);
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
        if (sig.hasVarKeywords()) {
            result[base + sig.varKeywordsIndex()] = extras == null ? new PDict() : extras;
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

    /**
     * The messages of CPython's Argument Clinic (_PyArg_UnpackKeywords), which builtins with
     * optional or keyword parameters report instead of the Python-function ones.
     */
    private static void checkClinicArguments(Node location, PythonCallable callee, Signature sig, String fn, int given,
            String[] kwNames) {
        int positional = sig.getPositionalCount();
        String[] names = sig.getParameterNames();
        // A type's tp_new receives the type as a hidden first argument; messages do not count it.
        int hidden = names.length > 0 && names[0].equals("cls") ? 1 : 0;
        if (sig.getPosOnlyCount() == positional && sig.getKwOnlyCount() == 0) {
            // Positional-only builtins: the call machinery's and _PyArg_CheckPositional's messages.
            if (kwNames.length > 0) {
                throw PythonErrors.typeError(location, "%s takes no keyword arguments", fn);
            }
            int max = positional - hidden;
            int min = max - callee.getDefaults().length;
            int count = given - hidden;
            if (count < min) {
                throw PythonErrors.typeError(location, "%s expected %s%d argument%s, got %d", sig.getName(),
                        min == max ? "" : "at least ", min, min == 1 ? "" : "s", count);
            }
            if (count > max) {
                throw PythonErrors.typeError(location, "%s expected %s%d argument%s, got %d", sig.getName(),
                        min == max ? "" : "at most ", max, max == 1 ? "" : "s", count);
            }
            return;
        }
        int maxArgs = positional + sig.getKwOnlyCount() - hidden;
        int total = given + kwNames.length - hidden;
        if (total > maxArgs) {
            throw PythonErrors.typeError(location, "%s takes at most %d %sargument%s (%d given)", fn, maxArgs,
                    given - hidden == 0 ? "keyword " : "", maxArgs == 1 ? "" : "s", total);
        }
        int minPositional = positional - callee.getDefaults().length;
        int required = Math.min(sig.getPosOnlyCount(), minPositional);
        if (given < required) {
            throw PythonErrors.typeError(location, "%s takes %s %d positional argument%s (%d given)", fn,
                    required < positional ? "at least" : "exactly", required - hidden, required - hidden == 1 ? "" : "s",
                    given - hidden);
        }
        for (String name : kwNames) {
            boolean known = false;
            for (int p = sig.getPosOnlyCount(); p < positional + sig.getKwOnlyCount(); p++) {
                known |= names[p].equals(name);
            }
            if (!known) {
                throw PythonErrors.typeError(location, "'%s' is an invalid keyword argument for %s", name, fn);
            }
        }
        for (String name : kwNames) {
            for (int p = sig.getPosOnlyCount(); p < Math.min(given, positional); p++) {
                if (names[p].equals(name)) {
                    int self = names[0].equals("cls") || names[0].equals("self") ? 1 : 0;
                    throw PythonErrors.typeError(location, "argument for %s given by name ('%s') and position (%d)", fn,
                            name, p + 1 - self);
                }
            }
        }
        for (int p = given; p < minPositional; p++) {
            boolean passed = false;
            for (String name : kwNames) {
                passed |= names[p].equals(name);
            }
            if (!passed) {
                throw PythonErrors.typeError(location, "%s missing required argument '%s' (pos %d)", fn, names[p],
                        p + 1 - hidden);
            }
        }
    }
}

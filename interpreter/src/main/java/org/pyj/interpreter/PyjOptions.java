package org.pyj.interpreter;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;

/** The options of the pyj language (given as {@code --pyj.Name=value} or through Context.Builder). */
@Option.Group(PyjLanguage.ID)
public final class PyjOptions {
    private PyjOptions() {
    }

    @Option(help = "Flush stdout after every line, as CPython does when stdout is a terminal (or with -u).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> LineBufferedStdout = new OptionKey<>(false);

    @Option(help = "Ignore the PYTHON* environment variables (PYTHONHASHSEED...), as CPython's -E and -I do.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> IgnoreEnvironment = new OptionKey<>(false);

    @Option(help = "The directories of the standard library, separated as in PYTHONPATH (the launcher gives CPython's Lib/).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Stdlib = new OptionKey<>("");
}

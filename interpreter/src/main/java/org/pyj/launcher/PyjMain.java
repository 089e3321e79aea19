package org.pyj.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.pyj.parser.AstDump;
import org.pyj.parser.PyParser;
import org.pyj.parser.PySyntaxError;
import org.pyj.parser.SourceDecoder;

/**
 * The {@code pyj} command: CPython's command line ({@code script args}, {@code -c}, {@code -m},
 * {@code -}, {@code -V}) over a polyglot Context. Options of the form {@code --group.name[=value]}
 * go to Truffle ({@code --engine.TraceCompilation}, {@code --cpusampler}).
 */
public final class PyjMain {
    static final String PYTHON_VERSION = "3.11.2";
    private static final String LANGUAGE = "pyj";
    private static final String MAIN_MIME_TYPE = "application/x-pyj-main";
    /** Python code runs on a thread of its own with a deep stack, so recursion hits RecursionError first. */
    private static final long STACK_SIZE = 1L << 29;

    private PyjMain() {
    }

    public static void main(String[] args) {
        int status = runInNewThread(args, System.in, System.out, System.err, null);
        System.out.flush();
        System.exit(status);
    }

    /** {@link #run} on a fresh thread with a deep stack (the way the pyj command runs). */
    public static int runInNewThread(String[] args, InputStream in, OutputStream out, OutputStream err, Engine engine) {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run(args, in, out, err, engine), "MainThread", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0];
    }

    /** Runs the command line in this thread and returns the process exit status (0-255). */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Engine engine) {
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            stderr.println(e.getMessage());
            stderr.println("usage: pyj [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            stderr.println("Try `pyj -h' for more information.");
            return 2;
        }
        if (cl.help) {
            stdout.print(CommandLine.HELP);
            return 0;
        }
        if (cl.version > 0) {
            stdout.println("Python " + PYTHON_VERSION + (cl.version > 1 ? " (pyj 0.1.0, " + engineDescription()
                    + ", Java " + Runtime.version() + ")" : ""));
            return 0;
        }
        Source source;
        try {
            source = cl.source(in, stderr);
        } catch (CommandLine.CannotRun e) {
            stderr.println(e.getMessage());
            return e.status;
        }
        if (source == null) {
            return 1;
        }
        if (cl.xOptions.contains("dumpast")) {
            return dumpAst(source, stdout, stderr);
        }
        // Like python3, the program sees the process environment (PYTHONHASHSEED, later os.environ).
        Context.Builder builder = Context.newBuilder(LANGUAGE).in(in).out(out).err(err)
                .allowEnvironmentAccess(org.graalvm.polyglot.EnvironmentAccess.INHERIT)
                .allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                .arguments(LANGUAGE, cl.argv.toArray(new String[0]));
        if (cl.unbuffered || (out == System.out && System.console() != null && System.console().isTerminal())) {
            builder.option("pyj.LineBufferedStdout", "true");
        }
        if (cl.ignoreEnvironment) {
            builder.option("pyj.IgnoreEnvironment", "true");
        }
        String stdlib = System.getProperty("pyj.stdlib");
        if (stdlib != null) {
            builder.option("pyj.Stdlib", stdlib);
        }
        if (engine != null) {
            builder.engine(engine);
        } else {
            if ("off".equals(System.getProperty("pyj.jit"))) {
                builder.option("engine.WarnInterpreterOnly", "false");
            }
            cl.truffleOptions.forEach(builder::option);
            builder.allowExperimentalOptions(cl.experimentalOptions);
        }
        try (Context context = builder.build()) {
            Value result = context.eval(source);
            return result.asInt() & 0xFF;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus() & 0xFF;
            }
            if (e.isInternalError()) {
                stderr.println("pyj: internal error (please report it): " + e.getMessage());
                e.printStackTrace(stderr);
            } else {
                stderr.println(e.getMessage());
            }
            return 1;
        } catch (IllegalArgumentException e) {
            // An unknown or malformed --group.option.
            stderr.println("pyj: " + e.getMessage());
            return 2;
        }
    }

    /** {@code -X dumpast}: prints the program's AST as CPython's {@code ast.dump(tree, include_attributes=True)}. */
    private static int dumpAst(Source source, PrintStream stdout, PrintStream stderr) {
        try {
            stdout.println(AstDump.dump(PyParser.parseModule(source.getCharacters().toString(), source.getName())));
            return 0;
        } catch (PySyntaxError e) {
            stderr.println("  File \"" + source.getName() + "\", line " + e.lineno());
            stderr.println(e.pythonType() + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * The Truffle runtime in use, for {@code -VV}: "GraalVM CE" when the Graal JIT is active,
     * "Interpreted" when Truffle fell back to the interpreter-only runtime.
     */
    private static String engineDescription() {
        Engine.Builder b = Engine.newBuilder();
        if ("off".equals(System.getProperty("pyj.jit"))) {
            b.option("engine.WarnInterpreterOnly", "false");
        }
        try (Engine engine = b.build()) {
            return engine.getImplementationName();
        }
    }

    /** The parsed command line. */
    static final class CommandLine {
        static final String HELP = """
                usage: pyj [option] ... [-c cmd | -m mod | file | -] [arg] ...
                Options (as CPython's where they exist):
                -c cmd : program passed in as string (terminates option list)
                -m mod : run library module as a script (terminates option list)
                -h     : print this help message and exit (also -? or --help)
                -V     : print the Python version number and exit (also --version)
                -X dumpast : print the program's AST as ast.dump(tree, include_attributes=True)
                file   : program read from script file
                -      : program read from stdin (default; interactive mode if a tty)
                arg ...: arguments passed to program in sys.argv[1:]
                pyj options:
                --jit=off             : run interpreter-only (bin/pyj; also PYJ_JIT=off)
                --engine.<opt>[=val]  : Truffle options, e.g. --engine.TraceCompilation
                --experimental-options: allow Truffle's experimental options
                """;

        String command;
        String module;
        String script;
        boolean stdin;
        boolean help;
        boolean experimentalOptions;
        boolean unbuffered;
        /** -E or -I: ignore PYTHON* environment variables. */
        boolean ignoreEnvironment;
        int version;
        final List<String> argv = new ArrayList<>();
        final List<String> xOptions = new ArrayList<>();
        final Map<String, String> truffleOptions = new LinkedHashMap<>();

        static final class UsageError extends Exception {
            private static final long serialVersionUID = 1L;

            UsageError(String message) {
                super(message);
            }
        }

        static final class CannotRun extends Exception {
            private static final long serialVersionUID = 1L;
            final int status;

            CannotRun(String message, int status) {
                super(message);
                this.status = status;
            }
        }

        static CommandLine parse(String[] args) throws UsageError {
            CommandLine cl = new CommandLine();
            int i = 0;
            for (; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-") || !a.startsWith("-")) {
                    break;
                }
                if (a.equals("--")) {
                    i++;
                    break;
                }
                if (a.startsWith("--")) {
                    String opt = a.substring(2);
                    if (opt.equals("help")) {
                        cl.help = true;
                    } else if (opt.equals("version")) {
                        cl.version++;
                    } else if (opt.equals("experimental-options")) {
                        cl.experimentalOptions = true;
                    } else if (opt.equals("jit=off") || opt.equals("jit=on") || opt.equals("jit")) {
                        // Chosen by bin/pyj before the JVM starts.
                    } else if (opt.matches("[A-Za-z][\\w-]*(\\.[\\w-]+)*(=.*)?") && (opt.contains(".")
                            || opt.startsWith("cpusampler") || opt.startsWith("cputracer") || opt.startsWith("memtracer")
                            || opt.startsWith("coverage") || opt.startsWith("inspect"))) {
                        int eq = opt.indexOf('=');
                        cl.truffleOptions.put(eq < 0 ? opt : opt.substring(0, eq), eq < 0 ? "true" : opt.substring(eq + 1));
                    } else {
                        throw new UsageError("unknown option " + a);
                    }
                    continue;
                }
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    switch (c) {
                        case 'c', 'm', 'X', 'W' -> {
                            String value = k + 1 < a.length() ? a.substring(k + 1) : (i + 1 < args.length ? args[++i] : null);
                            if (value == null) {
                                throw new UsageError("Argument expected for the -" + c + " option");
                            }
                            if (c == 'c') {
                                cl.command = value;
                                cl.argv.add("-c");
                                cl.addRest(args, i + 1);
                                return cl;
                            } else if (c == 'X') {
                                cl.xOptions.add(value);
                            } else if (c == 'm') {
                                cl.module = value;
                                cl.argv.add(value);
                                cl.addRest(args, i + 1);
                                return cl;
                            }
                            k = a.length();
                        }
                        case 'h', '?' -> cl.help = true;
                        case 'V' -> cl.version++;
                        case 'u' -> cl.unbuffered = true;
                        case 'E', 'I' -> cl.ignoreEnvironment = true;
                        case 'b', 'B', 'd', 'i', 'O', 'q', 's', 'S', 'v', 'x', 'R', 'P' -> {
                            // Accepted for compatibility; they have no effect in this slice.
                        }
                        default -> throw new UsageError("Unknown option: -" + c);
                    }
                }
            }
            if (i < args.length && !args[i].equals("-")) {
                cl.script = args[i];
                cl.argv.add(args[i]);
            } else {
                cl.stdin = true;
                cl.argv.add(i < args.length ? "-" : "");
            }
            cl.addRest(args, i + 1);
            return cl;
        }

        private void addRest(String[] args, int from) {
            for (int j = from; j < args.length; j++) {
                argv.add(args[j]);
            }
        }

        Source source(InputStream in, PrintStream stderr) throws CannotRun {
            try {
                if (command != null) {
                    return build(command, "<string>", null);
                } else if (module != null) {
                    throw new CannotRun("pyj: No module named " + module, 1);
                } else if (script != null) {
                    Path path = Path.of(script);
                    String shown = displayPath(script);
                    if (Files.isDirectory(path)) {
                        throw new CannotRun("pyj: can't find '__main__' module in '" + shown + "'", 1);
                    }
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(path);
                    } catch (IOException e) {
                        throw new CannotRun("pyj: can't open file '" + shown + "': [Errno 2] No such file or directory", 2);
                    }
                    return build(decode(bytes, shown, stderr), shown, new File(shown));
                } else {
                    if (System.console() != null && in == System.in) {
                        stderr.println("pyj: the interactive prompt is not supported yet; reading a program from stdin"
                                + " (end it with Ctrl-D)");
                    }
                    return build(decode(in.readAllBytes(), "<stdin>", stderr), "<stdin>", null);
                }
            } catch (IOException e) {
                throw new CannotRun("pyj: " + e.getMessage(), 1);
            }
        }

        private static String decode(byte[] bytes, String name, PrintStream stderr) throws CannotRun {
            try {
                return SourceDecoder.decode(bytes);
            } catch (PySyntaxError e) {
                throw new CannotRun("  File \"" + name + "\", line " + e.lineno() + "\nSyntaxError: " + e.getMessage(), 1);
            }
        }

        /** CPython shows the main script's path made absolute by prefixing the working directory. */
        private static String displayPath(String script) {
            if (script.startsWith("/")) {
                return script;
            }
            String cwd = System.getProperty("user.dir");
            return cwd.endsWith("/") ? cwd + script : cwd + "/" + script;
        }

        private static Source build(String text, String name, File file) throws IOException {
            Source.Builder b = file != null ? Source.newBuilder(LANGUAGE, file).content(text)
                    : Source.newBuilder(LANGUAGE, text, name);
            return b.mimeType(MAIN_MIME_TYPE).cached(false).build();
        }
    }
}

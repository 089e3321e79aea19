package org.pyj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyj.launcher.PyjMain;

/**
 * Runs every {@code tests/cases/**}{@code /*.py} through pyj's launcher (in-process, one fresh
 * Context per case on a shared Engine) and compares with what CPython 3.11 produced, as recorded
 * by {@code tests/regen-golden.sh}: stdout exactly, the exit code, and stderr exactly (tracebacks
 * included, with CPython 3.11's {@code ^^^} markers; the script's path is reduced to its name).
 */
class GoldenTest {
    private static final Path CASES = Path.of("cases").toAbsolutePath();
    private static Engine engine;

    /** Set by the pom's golden-jit execution, whose JVM carries the JVMCI flags. */
    private static final boolean JIT = Boolean.getBoolean("pyj.golden.jit");

    @BeforeAll
    static void createEngine() {
        Engine.Builder builder = Engine.newBuilder("pyj").option("engine.WarnInterpreterOnly", "false");
        if (JIT) {
            // Compile after a few calls or loop iterations, on the calling thread, and fail the case if a
            // compilation fails: short golden programs then run mostly as compiled code.
            builder.allowExperimentalOptions(true)
                    .option("engine.MultiTier", "false")
                    .option("engine.SingleTierCompilationThreshold", "10")
                    .option("engine.BackgroundCompilation", "false")
                    .option("engine.CompilationFailureAction", "Throw");
        }
        engine = builder.build();
        if (JIT && !engine.getImplementationName().contains("GraalVM CE")) {
            throw new AssertionError("golden-jit must run on the optimizing runtime, got " + engine.getImplementationName());
        }
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.walk(CASES)) {
            // Modules under a packages/ directory are what cases import, not cases themselves.
            cases = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !CASES.relativize(p).toString().contains("packages" + java.io.File.separator)).sorted().toList();
        }
        if (cases.size() < 40) {
            throw new AssertionError("expected at least 40 golden cases under " + CASES + ", found " + cases.size());
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(CASES.relativize(c).toString(), () -> check(c)));
    }

    private static void check(Path script) throws IOException {
        String base = script.getFileName().toString().replaceFirst("\\.py$", "");
        String expectedOut = Files.readString(script.resolveSibling(base + ".out"), StandardCharsets.UTF_8);
        List<String> exit = Files.readAllLines(script.resolveSibling(base + ".exit"), StandardCharsets.UTF_8);
        int expectedCode = Integer.parseInt(exit.get(0).strip());
        String expectedErr = exit.size() > 1 ? exit.get(1) : "";

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PyjMain.runInNewThread(new String[]{script.toString()}, new ByteArrayInputStream(new byte[0]), out,
                err, engine);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String lastErr = stderr.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");

        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8), "stdout of " + script + "\nstderr:\n" + stderr);
        assertEquals(expectedErr, lastErr, "last line of stderr of " + script + "\nstderr:\n" + stderr);
        assertEquals(expectedCode, code, "exit code of " + script + "\nstderr:\n" + stderr);
        Path errFile = script.resolveSibling(base + ".err");
        if (Files.exists(errFile)) {
            // The expected stderr names the script "name.py" (regen-golden.sh drops its directory).
            String normalized = stderr.replace(script.toString(), script.getFileName().toString());
            assertEquals(Files.readString(errFile, StandardCharsets.UTF_8), normalized, "stderr of " + script);
        }
    }
}

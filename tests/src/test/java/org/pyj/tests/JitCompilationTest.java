package org.pyj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Guards against benchmarking the interpreter-only runtime by accident: {@code bin/pyj} must
 * run on the optimizing Truffle runtime ("GraalVM CE") and must actually compile a hot
 * Python function; {@code --jit=off} must really be interpreter-only.
 */
class JitCompilationTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Result(int code, String out, String err) {
    }

    private static Result pyj(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("bin/pyj").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYJ_NO_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("PYJ_JIT");
        Path out = Files.createTempFile("pyj-out", ".txt");
        Path err = Files.createTempFile("pyj-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/pyj timed out: " + cmd);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void optimizingRuntimeIsActive() throws Exception {
        Result r = pyj("-VV");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("GraalVM CE"), "expected the optimizing runtime, got: " + r.out() + r.err());
    }

    @Test
    void jitOffIsInterpreterOnly() throws Exception {
        Result r = pyj("--jit=off", "-VV");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Interpreted"), "expected the interpreter-only runtime, got: " + r.out() + r.err());
    }

    @Test
    void hotFunctionGetsCompiled() throws Exception {
        Path script = Files.createTempFile("pyj-hot", ".py");
        Files.writeString(script, """
                def hot_function(n):
                    total = 0
                    i = 0
                    while i < n:
                        total += i % 7
                        i += 1
                    return total

                for _ in range(2000):
                    result = hot_function(200)
                print(result)
                """);
        try {
            Result r = pyj("--experimental-options", "--engine.TraceCompilation", "--engine.BackgroundCompilation=false",
                    script.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("594\n", r.out());
            assertTrue(r.err().lines().anyMatch(l -> l.contains("opt done") && l.contains("hot_function")),
                    "hot_function was not compiled; trace:\n" + r.err());
        } finally {
            Files.delete(script);
        }
    }
}

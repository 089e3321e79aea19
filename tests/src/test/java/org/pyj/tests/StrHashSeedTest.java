package org.pyj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * str hashes must be CPython's under a fixed PYTHONHASHSEED (the golden cases cannot show this:
 * their oracle runs with -I, which ignores the variable). Expected output comes from
 * {@code tests/hash-seed/regen.sh}.
 */
class StrHashSeedTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DIR = ROOT.resolve("tests/hash-seed");

    @ParameterizedTest
    @ValueSource(strings = {"0", "123"})
    void strHashMatchesCPython(String seed) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/pyj").toString(), "--jit=off",
                DIR.resolve("str_hash.py").toString());
        pb.environment().put("PYTHONHASHSEED", seed);
        pb.environment().put("PYJ_NO_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("pyj-hash", ".txt");
        pb.redirectOutput(out.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/pyj timed out");
        }
        String actual = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertEquals(Files.readString(DIR.resolve("str_hash.seed" + seed + ".out"), StandardCharsets.UTF_8), actual);
        assertEquals(0, p.exitValue(), actual);
    }
}

package org.pyj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The __pycache__-style AST cache: exact round trips, and stale or corrupt caches never trusted. */
class AstCacheTest {
    @TempDir
    Path dir;

    @Test
    void everySampleRoundTripsExactly() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(AstCasesTest.CASES)) {
            cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path c : cases) {
            Path copy = dir.resolve(c.getFileName());
            byte[] bytes = Files.readAllBytes(c);
            Files.write(copy, bytes);
            String parsed = AstDump.dump(AstCache.parse(copy, bytes));
            assertTrue(Files.exists(AstCache.cachePath(copy)), "cache written for " + c);
            String cached = AstDump.dump(AstCache.parse(copy, bytes));
            assertEquals(parsed, cached, "cached AST of " + c);
        }
    }

    @Test
    void anEditedSourceIsParsedAgain() throws IOException {
        Path f = dir.resolve("m.py");
        byte[] v1 = "x = 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] v2 = "x = 2\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, v1);
        String first = AstDump.dump(AstCache.parse(f, v1));
        Files.write(f, v2);
        String second = AstDump.dump(AstCache.parse(f, v2));
        assertNotEquals(first, second);
        assertTrue(second.contains("value=2"));
    }

    @Test
    void aCorruptCacheIsIgnoredAndReplaced() throws IOException {
        Path f = dir.resolve("m.py");
        byte[] src = "def f(a, *b): return a\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, src);
        String expected = AstDump.dump(AstCache.parse(f, src));
        Path cache = AstCache.cachePath(f);
        byte[] data = Files.readAllBytes(cache);
        for (int cut : new int[]{0, 5, 40, data.length - 3}) {
            Files.write(cache, java.util.Arrays.copyOf(data, cut));
            assertEquals(expected, AstDump.dump(AstCache.parse(f, src)), "cache cut at " + cut);
        }
        for (int i = 0; i < data.length; i++) {
            byte[] flipped = data.clone();
            flipped[i] ^= 0x01;
            Files.write(cache, flipped);
            assertEquals(expected, AstDump.dump(AstCache.parse(f, src)), "cache with byte " + i + " flipped");
        }
    }
}

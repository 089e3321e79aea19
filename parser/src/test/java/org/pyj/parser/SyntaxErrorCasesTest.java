package org.pyj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The invalid snippets of {@code syntax-error-cases/}, with CPython's verdict in {@code .error}.
 * Every snippet must be rejected. Those listed in {@code syntax-error-cases.tags} (the ones we
 * match so far) must also give CPython's exact type, message, line and offset: a regression
 * check that grows as the second pass of error rules grows (see parser/README.md).
 */
class SyntaxErrorCasesTest {
    private static final Path CASES = Path.of("src/test/resources/syntax-error-cases");
    private static final Path TAGS = Path.of("src/test/resources/syntax-error-cases.tags");

    @TestFactory
    Stream<DynamicTest> syntaxErrorCases() throws IOException {
        Set<String> tagged = Files.readAllLines(TAGS, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                () -> check(c, tagged.contains(c.getFileName().toString()))));
    }

    private static void check(Path file, boolean exact) throws IOException {
        List<String> expected = Files.readAllLines(
                file.resolveSibling(file.getFileName().toString().replaceFirst("\\.py$", ".error")), StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> PyParser.parseModule(SourceDecoder.decode(bytes), file.toString()), "CPython rejects " + file);
        if (exact) {
            assertEquals(expected.get(0) + ": " + expected.get(1) + " @" + expected.get(2) + ":" + expected.get(3),
                    e.pythonType() + ": " + e.getMessage() + " @" + e.lineno() + ":" + e.offset(), file.toString());
        }
    }
}

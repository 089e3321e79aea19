package org.pyj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The grammar-coverage sample: every {@code ast-cases/*.py} must parse to exactly the dump that
 * CPython 3.11 produced for it ({@code parser/tools/cpython_ast_dump.py cases}).
 */
class AstCasesTest {
    static final Path CASES = Path.of("src/test/resources/ast-cases");

    @TestFactory
    Stream<DynamicTest> astCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    static void check(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.py$", "");
        String expected = Files.readString(file.resolveSibling(name + ".dump"), StandardCharsets.UTF_8).strip();
        String ours = AstDump.dump(PyParser.parseModule(SourceDecoder.decode(Files.readAllBytes(file)), file.toString()));
        assertEquals(expected, ours, "ast.dump of " + file);
    }
}

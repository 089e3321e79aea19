package org.pyj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The build step of stdlib-lib fetched exactly CPython 3.11.2's Lib/, Lib/test, Include/ and grammar. */
class CpythonSourcesTest {
    private static final Path CPYTHON = Path.of("..", "stdlib-lib", "cpython").toAbsolutePath().normalize();

    @Test
    void pinnedTarballWasVerifiedAndUnpacked() throws IOException {
        assertEquals("2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849",
                Files.readString(CPYTHON.resolve(".complete")).strip());
        assertTrue(Files.isRegularFile(CPYTHON.resolve("Lib/os.py")));
        assertTrue(Files.isRegularFile(CPYTHON.resolve("Include/Python.h")));
        assertTrue(Files.isRegularFile(CPYTHON.resolve("Grammar/python.gram")));
        assertTrue(Files.isRegularFile(CPYTHON.resolve("Parser/Python.asdl")));
    }

    @Test
    void libAndTestSuiteAreComplete() throws IOException {
        assertEquals(2349, countFiles(CPYTHON.resolve("Lib")));
        assertEquals(1319, countFiles(CPYTHON.resolve("Lib/test")));
    }

    /** The fetched files; caches written beside them later (__pycache__) are not part of the sources. */
    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/__pycache__/")).count();
        }
    }
}

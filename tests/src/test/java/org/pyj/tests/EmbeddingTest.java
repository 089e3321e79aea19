package org.pyj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** The basics of embedding pyj through the polyglot API (the embedding issue goes much further). */
class EmbeddingTest {
    private static Context newContext(ByteArrayOutputStream out) {
        return Context.newBuilder("pyj").out(out).err(out).option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void evalReturnsTheLastExpression() {
        try (Context c = newContext(new ByteArrayOutputStream())) {
            assertEquals(1024, c.eval("pyj", "2 ** 10").asInt());
            assertEquals("ab", c.eval("pyj", "'a' + 'b'").asString());
            assertEquals(0.5, c.eval("pyj", "x = 1\nx / 2").asDouble());
            assertTrue(c.eval("pyj", "y = 3").isNull());
            assertEquals(6, c.eval("pyj", "y * 2").asInt(), "globals persist across evals");
        }
    }

    @Test
    void printGoesToTheContextsOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context c = newContext(out)) {
            c.eval("pyj", "print('hello', 42)");
        }
        assertEquals("hello 42\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void syntaxErrorIsAParseError() {
        try (Context c = newContext(new ByteArrayOutputStream())) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("pyj", "x = = 1"));
            assertTrue(e.isSyntaxError());
            assertEquals("SyntaxError: invalid syntax", e.getMessage());
        }
    }

    @Test
    void pythonExceptionCarriesItsMessageAndFrames() throws Exception {
        try (Context c = newContext(new ByteArrayOutputStream())) {
            Source src = Source.newBuilder("pyj", "def f():\n    return 1 / 0\n\nf()\n", "boom.py").build();
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(src));
            assertTrue(e.isGuestException());
            assertFalse(e.isInternalError());
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
            boolean sawF = false;
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame() && "f".equals(frame.getRootName())) {
                    assertEquals(2, frame.getSourceLocation().getStartLine());
                    sawF = true;
                }
            }
            assertTrue(sawF, "the stack trace shows the Python function f at line 2");
        }
    }

    @Test
    void systemExitIsAnExit() {
        try (Context c = newContext(new ByteArrayOutputStream())) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("pyj", "import sys\nsys.exit(3)"));
            assertTrue(e.isExit());
            assertEquals(3, e.getExitStatus());
        }
    }

    @Test
    void deepRecursionOnAnOrdinaryThreadIsARecursionError() {
        try (Context c = newContext(new ByteArrayOutputStream())) {
            PolyglotException e = assertThrows(PolyglotException.class,
                    () -> c.eval("pyj", "def r(n):\n    return r(n + 1)\nr(0)"));
            assertFalse(e.isInternalError(), () -> "a Java error escaped: " + e);
            assertTrue(e.getMessage().startsWith("RecursionError: maximum recursion depth exceeded"), e.getMessage());
        }
    }

    @Test
    void javaStackOverflowBecomesRecursionError() throws Exception {
        // A small thread stack overflows long before Python's recursion limit of 1000.
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try (Context c = newContext(new ByteArrayOutputStream())) {
                PolyglotException e = assertThrows(PolyglotException.class,
                        () -> c.eval("pyj", "def r(n):\n    return r(n + 1)\nr(0)"));
                assertFalse(e.isInternalError(), () -> "a Java error escaped: " + e);
                assertTrue(e.getMessage().startsWith("RecursionError"), e.getMessage());
                assertEquals(7, c.eval("pyj", "3 + 4").asInt(), "the context still works afterwards");
            } catch (Throwable x) {
                failure[0] = x;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    @Test
    void programsNestedTooDeeplyToParseRaiseRecursionError() throws Exception {
        String deep = "x = " + "-".repeat(200_000) + "1";
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try (Context c = newContext(new ByteArrayOutputStream())) {
                PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("pyj", deep));
                assertFalse(e.isInternalError(), () -> "a Java error escaped: " + e);
                assertEquals("RecursionError: maximum recursion depth exceeded during compilation", e.getMessage());
            } catch (Throwable x) {
                failure[0] = x;
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }
}

package org.pyj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No input makes the parser throw anything but PySyntaxError: random bytes, truncations, deep nesting. */
class ParserRobustnessTest {
    private static void parseOrSyntaxError(byte[] bytes, String what) {
        try {
            PyParser.parseModule(SourceDecoder.decode(bytes), "<fuzz>");
        } catch (PySyntaxError e) {
            // the expected way to fail
        } catch (Throwable t) {
            fail("the parser threw " + t + " on " + what + ": " + new String(bytes, StandardCharsets.ISO_8859_1), t);
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(20261125);
        String alphabet = "abcdefxyz_0123456789 \t\n\r\\'\"#()[]{}:;,.=+-*/%<>!@&|^~fFrRbBuUjJeExX\u00e9\u20ac";
        for (int n = 0; n < 3000; n++) {
            byte[] b = new byte[random.nextInt(120)];
            if (n % 3 == 0) {
                random.nextBytes(b);
            } else {
                StringBuilder sb = new StringBuilder();
                while (sb.length() < b.length) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                b = sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            parseOrSyntaxError(b, "random input #" + n);
        }
    }

    @Test
    void everyTruncationOfTheSamplePrograms() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(AstCasesTest.CASES)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path f : files) {
            byte[] all = Files.readAllBytes(f);
            for (int len = 0; len < all.length; len += 1 + all.length / 60) {
                parseOrSyntaxError(java.util.Arrays.copyOf(all, len), f + " cut at " + len);
            }
        }
    }

    @Test
    void tenThousandNestedParentheses() {
        String src = "x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PyParser.parseModule(src, "<deep>"));
        assertEquals("too many nested parentheses", e.getMessage());
    }

    @Test
    void deeplyNestedOperatorsFailCleanly() throws Exception {
        String src = "x = " + "-".repeat(300_000) + "1\n";
        Throwable[] unexpected = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                PyParser.parseModule(src, "<deep>");
            } catch (PySyntaxError e) {
                // RecursionError on a small stack is the expected answer
            } catch (Throwable x) {
                unexpected[0] = x;
            }
        }, "small-stack", 1 << 20);
        t.start();
        t.join();
        if (unexpected[0] != null) {
            fail("the parser threw " + unexpected[0], unexpected[0]);
        }
    }
}

package org.pyj.parser.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pyj.parser.AstDump;
import org.pyj.parser.PyParser;
import org.pyj.parser.PySyntaxError;
import org.pyj.parser.SourceDecoder;

/**
 * Compares our AST dumps with CPython's over a corpus: reads the manifest written by
 * {@code parser/tools/cpython_ast_dump.py corpus} and prints {@code N passed, N failed}.
 * Usage: {@code CorpusCheck DUMP_DIR [REPORT_FILE]}.
 */
public final class CorpusCheck {
    private CorpusCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path report = args.length > 1 ? Path.of(args[1]) : dir.resolve("report.txt");
        int[] result = new int[3];
        Throwable[] error = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                run(dir, report, result);
            } catch (Throwable e) {
                error[0] = e;
            }
        }, "corpus", 1L << 30);
        t.start();
        t.join();
        if (error[0] != null) {
            throw new RuntimeException(error[0]);
        }
        System.out.println("report: " + report);
        System.out.println(result[0] + " passed, " + result[1] + " failed");
        System.exit(result[1] == 0 ? 0 : 1);
    }

    private static void run(Path dir, Path report, int[] result) throws IOException {
        List<String> manifest = Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        speed(manifest);
        long tokensBytes = 0;
        long nanos = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
            for (String line : manifest) {
                String[] f = line.split("\t");
                Path file = Path.of(f[0]);
                boolean cpythonAccepts = f[2].equals("ok");
                String verdict;
                long t0 = System.nanoTime();
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    tokensBytes += bytes.length;
                    String ours = AstDump.dump(PyParser.parseModule(SourceDecoder.decode(bytes), file.toString()));
                    nanos += System.nanoTime() - t0;
                    if (!cpythonAccepts) {
                        verdict = "accepted, but CPython rejects it";
                    } else {
                        String expected = Files.readString(dir.resolve(f[1] + ".dump"), StandardCharsets.UTF_8).strip();
                        verdict = ours.equals(expected) ? null : difference(ours, expected);
                    }
                } catch (PySyntaxError e) {
                    verdict = cpythonAccepts ? "rejected: " + e.pythonType() + ": " + e.getMessage() + " (line "
                            + e.lineno() + ", offset " + e.offset() + ")" : null;
                } catch (Throwable e) {
                    verdict = "CRASH: " + e;
                }
                if (verdict == null) {
                    result[0]++;
                } else {
                    result[1]++;
                    out.println(file + "\t" + verdict);
                }
            }
        }
        System.out.printf("parsed %.1f MB in %.1f s%n", tokensBytes / 1e6, nanos / 1e9);
    }

    /**
     * Warm parsing speed: parses the corpus (files CPython accepts) six times and reports each pass;
     * the last one is warm. Then the peak heap seen so far.
     */
    private static void speed(List<String> manifest) throws IOException {
        List<String> sources = new java.util.ArrayList<>();
        for (String line : manifest) {
            String[] f = line.split("\t");
            if (f[2].equals("ok")) {
                sources.add(SourceDecoder.decode(Files.readAllBytes(Path.of(f[0]))));
            }
        }
        long tokens = 0;
        for (String src : sources) {
            tokens += PyParser.countTokens(src);
        }
        double seconds = 0;
        for (int pass = 1; pass <= 6; pass++) {
            long t0 = System.nanoTime();
            for (String src : sources) {
                try {
                    PyParser.parseModule(src, "<corpus>");
                } catch (PySyntaxError e) {
                    // counted by the comparison below
                }
            }
            seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("pass %d: %d files, %d tokens in %.2f s = %.0f tokens/s%n", pass, sources.size(), tokens,
                    seconds, tokens / seconds);
        }
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("peak heap (sum of pool peaks): %d MB; live after GC: %d MB; ANTLR DFA states: %d%n",
                peak >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20, PyParser.dfaStateCount());
    }

    private static String difference(String ours, String expected) {
        int i = 0;
        int n = Math.min(ours.length(), expected.length());
        while (i < n && ours.charAt(i) == expected.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "differs at " + i + ": ours …" + ours.substring(from, Math.min(ours.length(), i + 60)) + "… cpython …"
                + expected.substring(from, Math.min(expected.length(), i + 60)) + "…";
    }
}

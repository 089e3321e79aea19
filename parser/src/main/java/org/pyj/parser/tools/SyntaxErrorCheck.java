package org.pyj.parser.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.pyj.parser.PyParser;
import org.pyj.parser.PySyntaxError;
import org.pyj.parser.SourceDecoder;

/**
 * Measures SyntaxError fidelity against CPython: for invalid snippets with CPython's verdict
 * (a JSON-lines file from {@code cpython_ast_dump.py syntax-errors}, or a folder of
 * {@code .py}/{@code .error} pairs), how many we reject, and how many with the same message,
 * line and offset. Usage: {@code SyntaxErrorCheck (FILE.jsonl | DIR) [REPORT]}.
 */
public final class SyntaxErrorCheck {
    private SyntaxErrorCheck() {
    }

    record Case(String origin, byte[] source, String type, String msg, String lineno, String offset, String endLineno,
            String endOffset) {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        List<Case> cases = Files.isDirectory(in) ? fromDirectory(in) : fromJsonLines(in);
        int[] counts = new int[5];
        Path report = args.length > 1 ? Path.of(args[1]) : Path.of("syntax-errors-report.txt");
        Thread t = new Thread(null, () -> {
            try {
                run(cases, counts, report);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }, "check", 1L << 30);
        t.start();
        t.join();
        int n = cases.size();
        System.out.printf("%d snippets CPython rejects: %d rejected (%.1f%%), %d same message (%.1f%%), "
                + "%d same message, line and offset (%.1f%%), %d also the same end (%.1f%%)%n", n, counts[0],
                100.0 * counts[0] / n, counts[1], 100.0 * counts[1] / n, counts[2], 100.0 * counts[2] / n, counts[4],
                100.0 * counts[4] / n);
        System.out.println("report: " + report);
        System.out.println(counts[2] + " passed, " + (n - counts[2]) + " failed");
    }

    private static void run(List<Case> cases, int[] counts, Path report) throws IOException {
        Map<String, Integer> byMessage = new LinkedHashMap<>();
        List<String> endMismatches = new ArrayList<>();
        Path passingFile = report.resolveSibling(report.getFileName() + ".passing");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8));
                PrintWriter passing = new PrintWriter(Files.newBufferedWriter(passingFile, StandardCharsets.UTF_8))) {
            for (Case c : cases) {
                String got;
                try {
                    PyParser.parseModule(SourceDecoder.decode(c.source), "<testcase>");
                    got = "accepted";
                } catch (PySyntaxError e) {
                    counts[0]++;
                    boolean sameMsg = e.pythonType().equals(c.type) && e.getMessage().equals(c.msg);
                    boolean samePos = String.valueOf(e.lineno()).equals(c.lineno)
                            && String.valueOf(e.offset()).equals(c.offset);
                    if (sameMsg) {
                        counts[1]++;
                    }
                    if (sameMsg && samePos && String.valueOf(e.endLineno()).equals(c.endLineno)
                            && String.valueOf(e.endOffset()).equals(c.endOffset)) {
                        counts[4]++;
                    } else if (sameMsg && samePos) {
                        endMismatches.add(c.origin + "\tend expected " + c.endLineno + ":" + c.endOffset + " got "
                                + e.endLineno() + ":" + e.endOffset() + "\t" + c.msg + "\t"
                                + new String(c.source, StandardCharsets.UTF_8).replace("\n", "\\n"));
                    }
                    if (sameMsg && samePos) {
                        counts[2]++;
                        passing.println(c.origin);
                        continue;
                    }
                    got = e.pythonType() + ": " + e.getMessage() + " @" + e.lineno() + ":" + e.offset();
                } catch (Throwable e) {
                    got = "CRASH " + e;
                }
                byMessage.merge(c.msg, 1, Integer::sum);
                out.println(c.origin + "\texpected " + c.type + ": " + c.msg + " @" + c.lineno + ":" + c.offset + "\tgot "
                        + got + "\t" + new String(c.source, StandardCharsets.UTF_8).replace("\n", "\\n"));
            }
            out.println();
            out.println("# same message and start, different end (end_lineno:end_offset)");
            endMismatches.forEach(out::println);
            out.println();
            out.println("# mismatches by CPython's message");
            byMessage.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> out.println(e.getValue() + "\t" + e.getKey()));
        }
    }

    private static List<Case> fromDirectory(Path dir) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".py")).sorted().toList()) {
                Path err = p.resolveSibling(p.getFileName().toString().replaceFirst("\\.py$", ".error"));
                if (!Files.exists(err)) {
                    continue;
                }
                List<String> l = Files.readAllLines(err, StandardCharsets.UTF_8);
                cases.add(new Case(p.getFileName().toString(), Files.readAllBytes(p), l.get(0), l.get(1), l.get(2),
                        l.get(3), l.get(4), l.get(5)));
            }
        }
        return cases;
    }

    /** The JSON lines of cpython_ast_dump.py (flat objects of strings, numbers, null and booleans). */
    private static List<Case> fromJsonLines(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> o = new FlatJson(line).object();
            if (!Boolean.TRUE.equals(o.get("ast_parse_rejects"))) {
                continue;
            }
            String src = (String) o.get("source");
            cases.add(new Case((String) o.get("origin"), src.getBytes(StandardCharsets.UTF_8), (String) o.get("type"),
                    (String) o.get("msg"), String.valueOf(o.get("lineno")), String.valueOf(o.get("offset")),
                    String.valueOf(o.get("end_lineno")), String.valueOf(o.get("end_offset"))));
        }
        return cases;
    }

    private static final class FlatJson {
        private final String s;
        private int i;

        FlatJson(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            expect('{');
            skipWs();
            while (s.charAt(i) != '}') {
                String key = string();
                skipWs();
                expect(':');
                skipWs();
                m.put(key, value());
                skipWs();
                if (s.charAt(i) == ',') {
                    i++;
                    skipWs();
                }
            }
            return m;
        }

        private Object value() {
            char c = s.charAt(i);
            if (c == '"') {
                return string();
            } else if (s.startsWith("null", i)) {
                i += 4;
                return null;
            } else if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            } else if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            int start = i;
            while (i < s.length() && "-0123456789.eE+".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Long.parseLong(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            i++;
            return sb.toString();
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i + " in " + s);
            }
            i++;
        }

        private void skipWs() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}

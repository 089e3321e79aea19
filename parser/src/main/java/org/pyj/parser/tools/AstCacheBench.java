package org.pyj.parser.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pyj.parser.AstCache;
import org.pyj.parser.AstDump;
import org.pyj.parser.PyParser;
import org.pyj.parser.SourceDecoder;

/**
 * Times getting the ASTs of a list of modules through {@link AstCache} in a fresh JVM, and
 * checks that a cached AST dumps exactly like a parsed one. Run it twice: the first run parses
 * and writes the caches, the second loads them. Usage: {@code AstCacheBench FILE_LIST [--clear]}.
 */
public final class AstCacheBench {
    private AstCacheBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(Path::of).toList();
        if (args.length > 1 && args[1].equals("--clear")) {
            for (Path f : files) {
                Files.deleteIfExists(AstCache.cachePath(f));
            }
            System.out.println("cleared " + files.size() + " caches");
            return;
        }
        if (args.length > 1 && args[1].equals("--verify")) {
            int same = 0;
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                String parsed = AstDump.dump(PyParser.parseModule(SourceDecoder.decode(bytes), f.toString()));
                String cached = AstDump.dump(AstCache.parse(f, bytes));
                same += parsed.equals(cached) ? 1 : 0;
            }
            System.out.println(same + " passed, " + (files.size() - same) + " failed");
            return;
        }
        long t0 = System.nanoTime();
        long nodes = 0;
        for (Path f : files) {
            nodes += AstCache.parse(f, Files.readAllBytes(f)).body().size();
        }
        System.out.printf("%d modules (%d top-level statements) in %.0f ms%n", files.size(), nodes,
                (System.nanoTime() - t0) / 1e6);
    }
}

package org.pyj.parser;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.pyj.parser.ast.Mod;

/**
 * Parsed modules cached beside their sources, as CPython caches bytecode in __pycache__:
 * {@code dir/__pycache__/name.pyj-ast}. The key is the source's SHA-256 and the AST format, so
 * an edited source or a changed parser is simply parsed again; a CRC-32C guards the payload;
 * files are written atomically and a corrupt or unwritable cache is ignored. ANTLR is slow before the JVM warms up, so a
 * second run of a program does not parse its unchanged modules at all.
 */
public final class AstCache {
    private static final byte[] MAGIC = "PYJAST1\n".getBytes(StandardCharsets.US_ASCII);

    private AstCache() {
    }

    /** The module in {@code file} (whose content is {@code bytes}): from the cache, else parsed and cached. */
    public static Mod.Module parse(Path file, byte[] bytes) {
        byte[] key = key(bytes);
        Path cache = cachePath(file);
        Mod.Module cached = read(cache, key);
        if (cached != null) {
            return cached;
        }
        Mod.Module module = PyParser.parseModule(SourceDecoder.decode(bytes), file.toString());
        write(cache, key, module);
        return module;
    }

    public static Path cachePath(Path file) {
        Path name = file.getFileName();
        String stem = name.toString().endsWith(".py") ? name.toString().substring(0, name.toString().length() - 3)
                : name.toString();
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve("__pycache__").resolve(stem + ".pyj-ast");
    }

    private static byte[] key(byte[] source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(AstSerializer.FORMAT.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            return sha.digest(source);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Guards the payload: a damaged cache must be re-parsed, never misread as another AST. */
    private static long checksum(byte[] data, int offset, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(data, offset, length);
        return crc.getValue();
    }

    private static Mod.Module read(Path cache, byte[] key) {
        byte[] data;
        try {
            data = Files.readAllBytes(cache);
        } catch (IOException e) {
            return null;
        }
        int header = MAGIC.length + key.length + Long.BYTES;
        if (data.length < header
                || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !Arrays.equals(data, MAGIC.length, MAGIC.length + key.length, key, 0, key.length)) {
            return null;
        }
        long crc = java.nio.ByteBuffer.wrap(data, MAGIC.length + key.length, Long.BYTES).getLong();
        if (crc != checksum(data, header, data.length - header)) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, header, data.length - header));
            return AstSerializer.read(in);
        } catch (IOException | RuntimeException e) {
            return null; // corrupt: parse again
        }
    }

    private static void write(Path cache, byte[] key, Mod.Module module) {
        Path tmp = null;
        try {
            byte[] payload = AstSerializer.write(module);
            Files.createDirectories(cache.getParent());
            tmp = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
            try (var out = Files.newOutputStream(tmp)) {
                out.write(MAGIC);
                out.write(key);
                out.write(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(checksum(payload, 0, payload.length)).array());
                out.write(payload);
            }
            Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // A read-only directory or a full disk: run without the cache.
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}

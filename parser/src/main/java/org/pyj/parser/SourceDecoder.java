package org.pyj.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Source bytes to text as CPython reads a file: UTF-8 BOM, PEP 263 coding cookie, else UTF-8. */
public final class SourceDecoder {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {
    }

    public static String decode(byte[] bytes) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        Charset cs = StandardCharsets.UTF_8;
        String cookie = cookie(bytes, start);
        if (cookie != null) {
            String norm = cookie.toLowerCase().replace('_', '-');
            if (norm.equals("utf-8") || norm.startsWith("utf-8-")) {
                cs = StandardCharsets.UTF_8;
            } else if (bom) {
                throw new PySyntaxError("encoding problem: " + cookie + " with BOM", 1, 1);
            } else if (norm.equals("latin-1") || norm.equals("iso-8859-1") || norm.equals("iso-latin-1")
                    || norm.startsWith("latin-1-") || norm.startsWith("iso-8859-1-") || norm.startsWith("iso-latin-1-")) {
                cs = StandardCharsets.ISO_8859_1;
            } else {
                try {
                    cs = Charset.forName(cookie);
                } catch (RuntimeException e) {
                    throw new PySyntaxError("unknown encoding: " + cookie, 1, 1);
                }
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new PySyntaxError("(unicode error) '" + cs.name().toLowerCase().replace("utf-8", "utf-8")
                    + "' codec can't decode source bytes", 1, 1);
        }
    }

    /** The coding cookie on line 1, or on line 2 if line 1 is a comment or blank. */
    private static String cookie(byte[] bytes, int start) {
        int lineStart = start;
        for (int lineNo = 0; lineNo < 2 && lineStart < bytes.length; lineNo++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            String stripped = line.strip();
            if (!(stripped.isEmpty() || stripped.startsWith("#"))) {
                return null;
            }
            lineStart = end + 1;
            if (end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n') {
                lineStart++;
            }
        }
        return null;
    }
}

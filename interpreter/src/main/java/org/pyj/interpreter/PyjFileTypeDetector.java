package org.pyj.interpreter;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognizes {@code .py} files as Python sources. */
public final class PyjFileTypeDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? PyjLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}

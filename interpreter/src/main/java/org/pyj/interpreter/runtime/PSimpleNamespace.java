package org.pyj.interpreter.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code types.SimpleNamespace}, used for {@code sys.implementation}. */
public final class PSimpleNamespace implements TruffleObject {
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    public Map<String, Object> getAttributes() {
        return attributes;
    }
}

package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.PyHash;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PythonObject;

/**
 * The hash a dict files a key under ({@link ObjectProtocol#dictHash}, exactly): str by its Java
 * hash, everything else by its Python hash folded to 32 bits. A class's {@code __hash__} is
 * called through {@link PyObjectHashNode}'s per-class cache rather than the slow path.
 */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyDictKeyHashNode extends PyjNode {
    public abstract int execute(Object key);

    public static PyDictKeyHashNode create() {
        return PyDictKeyHashNodeGen.create();
    }

    @Specialization
    static int str(TruffleString key, @Cached TruffleString.HashCodeNode hashCode) {
        return hashCode.execute(key, PyStr.ENCODING);
    }

    @Specialization
    static int longKey(long key) {
        return fold(PyHash.ofLong(key));
    }

    @Specialization(guards = "isPlainInstance(key)")
    static int instance(PythonObject key, @Cached PyObjectHashNode hash) {
        return fold(hash.execute(key));
    }

    @Fallback
    int generic(Object key) {
        return ObjectProtocol.dictHash(this, key);
    }

    static int fold(long h) {
        return (int) (h ^ (h >>> 32));
    }
}

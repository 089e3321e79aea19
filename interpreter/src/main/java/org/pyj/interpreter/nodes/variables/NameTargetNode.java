package org.pyj.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.lib.PyObjectItems;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PyStr;

/** Stores (or deletes) a name in a class body's namespace (STORE_NAME / DELETE_NAME). */
public final class NameTargetNode extends AssignTargetNode {
    private final String name;

    public NameTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        store(this, frame.getArguments()[PArguments.USER_ARGUMENTS], name, value);
    }

    @Override
    public void unbind(VirtualFrame frame) {
        delete(frame.getArguments());
    }

    @TruffleBoundary
    private void delete(Object[] arguments) {
        Object namespace = arguments[PArguments.USER_ARGUMENTS];
        if (namespace instanceof PDict d && d.getPythonType() == BuiltinTypes.DICT) {
            if (d.removeItem(PyStr.fromJava(name)) == null) {
                throw PythonErrors.nameError(this, arguments, "name '%s' is not defined", name);
            }
        } else {
            PyObjectItems.delItem(this, namespace, PyStr.fromJava(name));
        }
    }

    @TruffleBoundary
    public static void store(Node location, Object namespace, String name, Object value) {
        if (namespace instanceof PDict d && d.getPythonType() == BuiltinTypes.DICT) {
            d.setItem(PyStr.fromJava(name), value);
        } else {
            PyObjectItems.setItem(location, namespace, PyStr.fromJava(name), value);
        }
    }

    /** The namespace's value for {@code name}, or null (a KeyError of a custom mapping counts as missing). */
    @TruffleBoundary
    static Object lookupNamespace(Node location, Object namespace, String name) {
        if (namespace instanceof PDict d && d.getPythonType() == BuiltinTypes.DICT) {
            return d.getItem(PyStr.fromJava(name));
        }
        try {
            return PyObjectItems.getItem(location, namespace, PyStr.fromJava(name));
        } catch (PException e) {
            if (e.getPythonException().getType().isSubtypeOf(BuiltinTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }
}

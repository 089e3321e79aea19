package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PList;

/** {@code container[key] = value} (PyObject_SetItem): an in-range list index fast, the rest generic. */
@com.oracle.truffle.api.dsl.ImportStatic(CallSpecialMethodNode.class)
public abstract class PyObjectSetItemNode extends PyjNode {
    static final String SETITEM_METHOD = "__setitem__";

    public abstract void execute(Object container, Object key, Object value);

    @Specialization(guards = {"isExactList(list)", "index >= 0", "index < list.size()"})
    static void listItem(PList list, long index, Object value) {
        list.set((int) index, value);
    }

    /** {@code obj[key] = value} of an instance: its class's {@code __setitem__}, cached per class. */
    @Specialization(guards = "isPlainInstance(container)")
    void plainInstance(org.pyj.interpreter.runtime.PythonObject container, Object key, Object value,
            @com.oracle.truffle.api.dsl.Cached("create(SETITEM_METHOD)") CallSpecialMethodNode setItem) {
        if (setItem.execute(container, new Object[]{key, value}) == CallSpecialMethodNode.NOT_HANDLED) {
            PyObjectItems.setItem(this, container, key, value);
        }
    }

    /** {@code d[key] = value} of a dict: the key hashed through the per-class caches. */
    @Specialization(guards = "dict.isExactDict()")
    void dictItem(org.pyj.interpreter.runtime.PDict dict, Object key, Object value,
            @com.oracle.truffle.api.dsl.Cached PyDictKeyHashNode hash) {
        dict.setItem(this, key, value, hash.execute(key));
    }

    @Fallback
    void generic(Object container, Object key, Object value) {
        PyObjectItems.setItem(this, container, key, value);
    }

    static boolean isExactList(PList list) {
        return list.getPythonType() == BuiltinTypes.LIST;
    }
}

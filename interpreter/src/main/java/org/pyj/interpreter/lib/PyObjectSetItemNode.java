package org.pyj.interpreter.lib;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PList;

/** {@code container[key] = value} (PyObject_SetItem): an in-range list index fast, the rest generic. */
public abstract class PyObjectSetItemNode extends PyjNode {
    public abstract void execute(Object container, Object key, Object value);

    @Specialization(guards = {"isExactList(list)", "index >= 0", "index < list.size()"})
    static void listItem(PList list, long index, Object value) {
        list.set((int) index, value);
    }

    @Fallback
    void generic(Object container, Object key, Object value) {
        PyObjectItems.setItem(this, container, key, value);
    }

    static boolean isExactList(PList list) {
        return list.getPythonType() == BuiltinTypes.LIST;
    }
}

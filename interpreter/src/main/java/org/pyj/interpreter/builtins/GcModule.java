package org.pyj.interpreter.builtins;

import java.util.List;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyStr;

/**
 * The {@code gc} module over the JVM's collector: pyj has no reference cycles to find (the JVM
 * traces), so collect() asks the JVM to collect and reports 0, and the thresholds and counts are
 * CPython's defaults, kept for programs that read or set them.
 */
public final class GcModule {
    private GcModule() {
    }

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("gc");
        PyjContext.put(module, "__name__", PyStr.fromJava("gc"));
        PyjContext.put(module, "garbage", new PList());
        PyjContext.put(module, "callbacks", new PList());
        long[] threshold = {700, 10, 10};
        boolean[] enabled = {true};
        for (BuiltinSpec spec : List.of(
                JavaBuiltin.function("enable", "", (loc, a) -> {
                    enabled[0] = true;
                    return PNone.NONE;
                }),
                JavaBuiltin.function("disable", "", (loc, a) -> {
                    enabled[0] = false;
                    return PNone.NONE;
                }),
                JavaBuiltin.function("isenabled", "", (loc, a) -> enabled[0]),
                JavaBuiltin.function("collect", "generation=2", (loc, a) -> {
                    System.gc();
                    return 0L;
                }),
                JavaBuiltin.function("get_threshold", "", (loc, a) -> new PTuple(new Object[]{threshold[0], threshold[1], threshold[2]})),
                JavaBuiltin.function("set_threshold", "threshold0, threshold1=?, threshold2=?, /", (loc, a) -> {
                    threshold[0] = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[0]);
                    if (JavaBuiltin.given(a[1])) {
                        threshold[1] = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[1]);
                    }
                    if (JavaBuiltin.given(a[2])) {
                        threshold[2] = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[2]);
                    }
                    return PNone.NONE;
                }),
                JavaBuiltin.function("get_count", "", (loc, a) -> new PTuple(new Object[]{0L, 0L, 0L})),
                JavaBuiltin.function("is_tracked", "obj, /", (loc, a) -> a[0] instanceof org.pyj.interpreter.runtime.PythonObject),
                JavaBuiltin.function("is_finalized", "obj, /", (loc, a) -> false),
                JavaBuiltin.function("freeze", "", (loc, a) -> PNone.NONE),
                JavaBuiltin.function("unfreeze", "", (loc, a) -> PNone.NONE),
                JavaBuiltin.function("get_freeze_count", "", (loc, a) -> 0L),
                JavaBuiltin.function("get_referrers", "*objs", (loc, a) -> new PList()),
                JavaBuiltin.function("get_referents", "*objs", (loc, a) -> new PList()))) {
            PyjContext.put(module, spec.name(), context.makeBuiltin(spec, "gc"));
        }
        return module;
    }
}

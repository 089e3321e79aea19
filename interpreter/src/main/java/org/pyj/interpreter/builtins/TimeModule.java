package org.pyj.interpreter.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyStr;

/** The {@code time} module's clocks (the rest of it comes with the stdlib issue). */
public final class TimeModule {
    private TimeModule() {
    }

    public static PModule create(PyjContext context) {
        PModule time = context.newModule("time");
        PyjContext.put(time, "__name__", PyStr.fromJava("time"));
        for (BuiltinSpec spec : List.of(
                BuiltinSpec.positional("perf_counter", MonotonicNode::new),
                BuiltinSpec.positional("monotonic", MonotonicNode::new),
                BuiltinSpec.positional("perf_counter_ns", MonotonicNsNode::new),
                BuiltinSpec.positional("time", TimeNode::new),
                BuiltinSpec.positional("sleep", SleepNode::new, "secs"))) {
            PyjContext.put(time, spec.name(), context.makeBuiltin(spec, "time"));
        }
        return time;
    }

    static final class MonotonicNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return System.nanoTime() / 1e9;
        }
    }

    static final class MonotonicNsNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return System.nanoTime();
        }
    }

    static final class TimeNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            return now();
        }

        @TruffleBoundary
        private static double now() {
            java.time.Instant t = java.time.Instant.now();
            return t.getEpochSecond() + t.getNano() / 1e9;
        }
    }

    static final class SleepNode extends PythonBuiltinNode {
        @Override
        public Object call(VirtualFrame frame) {
            Object secs = arg(frame, 0);
            if (!BuiltinArithmetic.isNumber(secs)) {
                throw PythonErrors.typeError(this, "'%s' object cannot be interpreted as an integer",
                        org.pyj.interpreter.runtime.PythonTypeOf.typeName(secs));
            }
            double s = BuiltinArithmetic.toDouble(this, secs);
            if (s < 0) {
                throw PythonErrors.valueError(this, "sleep length must be non-negative");
            }
            sleep(s);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void sleep(double s) {
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

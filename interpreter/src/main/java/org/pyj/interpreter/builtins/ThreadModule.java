package org.pyj.interpreter.builtins;

import static org.pyj.interpreter.builtins.JavaBuiltin.method;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.BuiltinArithmetic;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;

/**
 * The {@code _thread} module: locks (a semaphore of one permit, so any thread may release, as in
 * CPython), re-entrant locks, thread identity, and {@code _local}. Starting threads needs
 * pyj's multi-threaded contexts, which come later: {@code start_new_thread} raises.
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    /** CPython's PY_TIMEOUT_MAX in seconds on 64-bit Linux. */
    private static final double TIMEOUT_MAX = 9223372036.0;

    /** An instance of {@code _thread.lock}. */
    public static final class PLock implements TruffleObject {
        final Semaphore permit = new Semaphore(1);

        boolean locked() {
            return permit.availablePermits() == 0;
        }
    }

    /** An instance of {@code _thread.RLock}: the owning thread and how many times it acquired. */
    public static final class PRLock implements TruffleObject {
        final Semaphore permit = new Semaphore(1);
        long owner;
        long count;
    }

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("_thread");
        PyjContext.put(module, "__name__", PyStr.fromJava("_thread"));
        PyType lock = BuiltinTypes.THREAD_LOCK;
        context.defineMethods(lock, List.of(
                method(lock, "acquire", "self, /, blocking=True, timeout=-1", (loc, a) -> acquire(loc, ((PLock) a[0]).permit, a[1], a[2])),
                method(lock, "acquire_lock", "self, /, blocking=True, timeout=-1", (loc, a) -> acquire(loc, ((PLock) a[0]).permit, a[1], a[2])),
                method(lock, "__enter__", "self", (loc, a) -> acquire(loc, ((PLock) a[0]).permit, true, -1L)),
                method(lock, "release", "self", (loc, a) -> release(loc, (PLock) a[0])),
                method(lock, "release_lock", "self", (loc, a) -> release(loc, (PLock) a[0])),
                method(lock, "__exit__", "self, *args", (loc, a) -> release(loc, (PLock) a[0])),
                method(lock, "locked", "self", (loc, a) -> ((PLock) a[0]).locked()),
                method(lock, "locked_lock", "self", (loc, a) -> ((PLock) a[0]).locked()),
                method(lock, "_at_fork_reinit", "self", (loc, a) -> PNone.NONE),
                method(lock, "__repr__", "self", (loc, a) -> PyStr.fromJava("<" + (((PLock) a[0]).locked() ? "locked" : "unlocked")
                        + " _thread.lock object at " + org.pyj.interpreter.formatting.ReprFormatter.addressOf(a[0]) + ">"))));
        PyType rlock = BuiltinTypes.THREAD_RLOCK;
        context.setConstructor(rlock, JavaBuiltin.function("RLock", "cls, *args, **kwargs", (loc, a) -> new PRLock()));
        context.defineMethods(rlock, List.of(
                method(rlock, "acquire", "self, /, blocking=True, timeout=-1", (loc, a) -> acquireR(loc, (PRLock) a[0], a[1], a[2])),
                method(rlock, "__enter__", "self", (loc, a) -> acquireR(loc, (PRLock) a[0], true, -1L)),
                method(rlock, "release", "self", (loc, a) -> releaseR(loc, (PRLock) a[0])),
                method(rlock, "__exit__", "self, *args", (loc, a) -> releaseR(loc, (PRLock) a[0])),
                method(rlock, "_is_owned", "self", (loc, a) -> ((PRLock) a[0]).count > 0 && ((PRLock) a[0]).owner == currentId()),
                method(rlock, "_release_save", "self", (loc, a) -> {
                    PRLock r = (PRLock) a[0];
                    if (r.count == 0) {
                        throw PythonErrors.raise(loc, BuiltinTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
                    }
                    org.pyj.interpreter.runtime.PTuple state = new org.pyj.interpreter.runtime.PTuple(new Object[]{r.count, r.owner});
                    r.count = 0;
                    r.owner = 0;
                    r.permit.release();
                    return state;
                }),
                method(rlock, "_acquire_restore", "self, state, /", (loc, a) -> {
                    PRLock r = (PRLock) a[0];
                    Object[] state = ((org.pyj.interpreter.runtime.PTuple) a[1]).getItems();
                    acquirePermit(r.permit);
                    r.count = ((Number) state[0]).longValue();
                    r.owner = ((Number) state[1]).longValue();
                    return PNone.NONE;
                }),
                method(rlock, "_at_fork_reinit", "self", (loc, a) -> PNone.NONE),
                method(rlock, "__repr__", "self", (loc, a) -> {
                    PRLock r = (PRLock) a[0];
                    return PyStr.fromJava("<" + (r.count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + r.owner
                            + " count=" + r.count + " at " + org.pyj.interpreter.formatting.ReprFormatter.addressOf(a[0]) + ">");
                })));
        PyjContext.put(module, "LockType", lock);
        PyjContext.put(module, "lock", lock);
        PyjContext.put(module, "RLock", rlock);
        PyjContext.put(module, "_local", localClass());
        PyjContext.put(module, "error", BuiltinTypes.RUNTIME_ERROR);
        PyjContext.put(module, "TIMEOUT_MAX", TIMEOUT_MAX);
        for (BuiltinSpec spec : List.of(
                JavaBuiltin.function("allocate_lock", "", (loc, a) -> new PLock()),
                JavaBuiltin.function("allocate", "", (loc, a) -> new PLock()),
                JavaBuiltin.function("_set_sentinel", "", (loc, a) -> new PLock()),
                JavaBuiltin.function("get_ident", "", (loc, a) -> currentId()),
                JavaBuiltin.function("get_native_id", "", (loc, a) -> currentId()),
                JavaBuiltin.function("_count", "", (loc, a) -> 0L),
                JavaBuiltin.function("stack_size", "size=0, /", (loc, a) -> 0L),
                JavaBuiltin.function("start_new_thread", "function, args, kwargs=?, /", (loc, a) -> {
                    throw PythonErrors.raise(loc, BuiltinTypes.RUNTIME_ERROR, "can't start new thread: pyj runs one thread per context yet");
                }),
                JavaBuiltin.function("interrupt_main", "signum=2, /", (loc, a) -> PNone.NONE))) {
            PyjContext.put(module, spec.name(), context.makeBuiltin(spec, "_thread"));
        }
        return module;
    }

    /**
     * {@code _thread._local}: with one thread per context, an object whose attributes are its
     * own is exactly thread-local storage; a class, so that threading.local can be derived from.
     */
    private static PyType localClass() {
        PyType[] bases = {BuiltinTypes.OBJECT};
        PyType local = new PyType(BuiltinTypes.TYPE, "_local", "_local", "_thread", bases, BuiltinTypes.OBJECT);
        local.setMro(org.pyj.interpreter.runtime.Mro.compute(local, bases));
        local.setHasInstanceDict(true);
        local.setHasWeakref(true);
        local.define("__module__", PyStr.fromJava("_thread"));
        local.define("__doc__", PNone.NONE);
        return local;
    }

    @TruffleBoundary
    static long currentId() {
        return Thread.currentThread().threadId();
    }

    /** lock.acquire(blocking=True, timeout=-1), with CPython's argument checks. */
    @TruffleBoundary
    private static boolean acquire(Node loc, Semaphore permit, Object blockingArg, Object timeoutArg) {
        boolean blocking = org.pyj.interpreter.lib.ObjectProtocol.isTrue(loc, blockingArg);
        double timeout = BuiltinArithmetic.toDouble(loc, timeoutArg);
        if (!blocking && timeout != -1) {
            throw PythonErrors.valueError(loc, "can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PythonErrors.valueError(loc, "timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw PythonErrors.overflow(loc, "timeout value is too large");
        }
        if (!blocking) {
            return permit.tryAcquire();
        }
        try {
            if (timeout == -1) {
                permit.acquire();
                return true;
            }
            return permit.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PythonErrors.raise(loc, BuiltinTypes.KEYBOARD_INTERRUPT, "");
        }
    }

    @TruffleBoundary
    private static void acquirePermit(Semaphore permit) {
        permit.acquireUninterruptibly();
    }

    @TruffleBoundary
    private static Object release(Node loc, PLock lock) {
        if (!lock.locked()) {
            throw PythonErrors.raise(loc, BuiltinTypes.RUNTIME_ERROR, "release unlocked lock");
        }
        lock.permit.release();
        return PNone.NONE;
    }

    private static boolean acquireR(Node loc, PRLock r, Object blocking, Object timeout) {
        long me = currentId();
        if (r.count > 0 && r.owner == me) {
            r.count++;
            return true;
        }
        if (!acquire(loc, r.permit, blocking, timeout)) {
            return false;
        }
        r.owner = me;
        r.count = 1;
        return true;
    }

    @TruffleBoundary
    private static Object releaseR(Node loc, PRLock r) {
        if (r.count == 0 || r.owner != currentId()) {
            throw PythonErrors.raise(loc, BuiltinTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        if (--r.count == 0) {
            r.owner = 0;
            r.permit.release();
        }
        return PNone.NONE;
    }
}

# The _thread module: locks, re-entrant locks, thread identity, _local.
import _thread
l = _thread.allocate_lock(); print(repr(l)[:22], _thread.TIMEOUT_MAX, type(l).__name__, _thread.LockType)
r = _thread.RLock(); print(repr(r)[:45]); r.acquire(); r.acquire(); print(r._is_owned()); r.release(); r.release()
print(_thread.error, _thread.stack_size(), _thread._count())
l.acquire(); print(l.acquire(False), l.locked()); l.release()
try: l.release()
except RuntimeError as e: print(e)
try: _thread.RLock().release()
except RuntimeError as e: print(e)
print(l.acquire(timeout=0.01), l.acquire(timeout=0.01)); l.release()
for args in [(False, 1), (True, -2)]:
    try: l.acquire(*args)
    except ValueError as e: print(e)
with l:
    print('in with', l.locked())
print(l.locked(), type(_thread.get_ident()).__name__)
class Loc(_thread._local):
    pass
x = Loc(); x.a = 1; print(x.a, _thread._local.__module__)

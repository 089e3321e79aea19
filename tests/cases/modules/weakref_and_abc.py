# weakref (ref, WeakSet, WeakValueDictionary, WeakKeyDictionary, WeakMethod) and abc (ABC,
# abstractmethod, the instantiation check) from CPython's own weakref.py and abc.py.
import weakref, sys
class C:
    def m(self): return 'm'
c = C()
r = weakref.ref(c)
print(r() is c, r == weakref.ref(c), hash(r) == hash(c), type(r).__name__, weakref.ref, r.__callback__)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
ws = weakref.WeakSet([c])
print(len(ws), c in ws, list(ws) == [c])
d = weakref.WeakValueDictionary(); d['a'] = c; print(d['a'] is c, list(d.keys()))
k = weakref.WeakKeyDictionary(); k[c] = 1; print(k[c], len(k))
wm = weakref.WeakMethod(c.m); print(wm()(), type(wm).__name__)
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    def f(self): return 'impl'
print(Impl().f(), isinstance(Impl(), Base), issubclass(Impl, Base))

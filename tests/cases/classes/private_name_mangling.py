# Private names (__x) are mangled with the class name everywhere in a class body and the
# functions nested in it: names, attributes, parameters, imports, globals, except targets.
def kw(**k):
    return sorted(k)


class __C:
    def f(self):
        return kw(__a=1)          # keyword arguments of calls are not mangled
    import sys as __os
    from sys import maxsize as __sep
    def __g(self):
        pass
    class __Inner:
        __q = 5
        def h(self):
            return self.__q
    lam = lambda self, __p=1: __p
    def m(self, *, __k=2):
        return __k


print(__C().f())
print(sorted(k for k in vars(__C) if not k.startswith('__')))
print(__C.__name__, __C._C__g.__name__, __C._C__g.__qualname__)
print(__C._C__Inner().h(), __C._C__Inner.__name__)
print(__C().lam(), __C().m(_C__k=3))
print(__C.m.__code__.co_varnames, __C.lam.__code__.co_varnames)


class D:
    def __init__(self):
        self.__v = 1
        self.__w__ = 2            # dunder names are not private

    def m(self, *, __k=2):
        return __k

    def call_m(self):
        try:
            return self.m(__k=5)
        except TypeError as e:
            return str(e)

    def set_global(self):
        global __G
        __G = 7
        return __G

    def attrs(self):
        return getattr(self, '__v', 'none'), sorted(self.__dict__)

    def catch(self):
        try:
            raise ValueError('x')
        except ValueError as __e:
            return repr(__e), '_D__e' in locals()

    def comp(self):
        return [__i * 2 for __i in range(3)], [(__j := n) for n in range(2)], __j

    def nested(self):
        def inner():
            return self.__v
        return inner()


d = D()
print(d.call_m(), d.set_global(), sorted(k for k in globals() if 'G' in k))
print(d.attrs(), d._D__v, d.catch(), d.comp(), d.nested())
try:
    d.__v
except AttributeError as e:
    print(e)


class _:
    __z = 1


class ___:
    __z = 1


class _E_:
    __z = 1


print('__z' in vars(_), '__z' in vars(___), sorted(k for k in vars(_E_) if 'z' in k))


class S:
    __slots__ = ('b', 'a', '__c', 'x__')

    def __init__(self):
        self.__c = 'c'
        self.a = 'a'

    def get(self):
        return self.__c


s = S()
print([k for k in S.__dict__ if not k.startswith('__')], s.get(), s._S__c, s.a)
try:
    s.b
except AttributeError as e:
    print(e)


class Sub(S):
    def get2(self):
        try:
            return self.__c
        except AttributeError as e:
            return str(e)


print(Sub().get2())

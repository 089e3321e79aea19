def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    return x
c = f.__code__
print(type(c).__name__, c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames, c.co_nlocals, c.co_firstlineno, c.co_filename.endswith('code_objects.py'), bool(c.co_flags & 4), bool(c.co_flags & 8))
class A:
    def m(self):
        pass
print(A.m.__code__.co_qualname, A.m.__code__.co_varnames, (lambda q: q).__code__.co_name)
g = {}
exec('y = 1', f.__globals__)
print(y, f.__globals__ is not None, f.__globals__['__name__'])

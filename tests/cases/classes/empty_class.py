# An empty class; attributes are added later.
class Empty:
    pass

e = Empty()
e.a = 1
e.b = [2]
print(e.a, e.b)
print(e.__dict__)
del e.a
print(e.__dict__)
f = Empty()
print(f.__dict__)
print(isinstance(e, Empty), isinstance(e, object))
print(Empty.__name__, Empty.__qualname__)
print(Empty.__bases__[0].__name__)

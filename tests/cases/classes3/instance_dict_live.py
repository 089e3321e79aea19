# obj.__dict__ reads and writes the instance attributes; slot values are not in it.
class C:
    def __init__(self, **kw):
        self.__dict__.update(kw)
c = C(a=1, b=2)
print(c.a, c.b, c.__dict__, vars(c))
c.__dict__["z"] = 5
print(c.z, sorted(c.__dict__), len(c.__dict__), "z" in c.__dict__)
del c.__dict__["a"]
print(hasattr(c, "a"), dict(c.__dict__), {**c.__dict__})
class S:
    __slots__ = ("x",)
class T(S):
    pass
t = T(); t.x = 1; t.y = 2
print(t.__dict__)

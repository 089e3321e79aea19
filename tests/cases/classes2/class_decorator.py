def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({args})"
    cls.__repr__ = __repr__
    return cls

def register(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register("pt")
@add_repr
class Pt:
    fields = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Pt(1, "a"))
print(Pt.tag)
print([Pt(i, i * i) for i in range(3)])

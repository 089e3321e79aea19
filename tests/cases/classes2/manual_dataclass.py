class Record:
    _fields = ()
    def __init__(self, *args, **kw):
        if len(args) > len(self._fields):
            raise TypeError("too many args")
        for name, val in zip(self._fields, args):
            setattr(self, name, val)
        for name in self._fields[len(args):]:
            setattr(self, name, kw.pop(name, None))
        if kw:
            raise TypeError("unexpected " + ", ".join(sorted(kw)))
    def __eq__(self, other):
        return type(self) is type(other) and self._astuple() == other._astuple()
    def _astuple(self):
        return tuple(getattr(self, f) for f in self._fields)
    def __repr__(self):
        return type(self).__name__ + repr(self._astuple())

class Emp(Record):
    _fields = ('name', 'dept', 'salary')

a = Emp("Al", "eng", salary=10)
print(a, a == Emp("Al", "eng", 10), a == Emp("Al"))
print(Emp("Bo"))
try:
    Emp("x", bogus=1, zz=2)
except TypeError as e:
    print(e)

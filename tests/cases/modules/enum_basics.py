# The enum module: Enum, IntEnum, Flag, str mixins, auto, lookups and errors (CPython's enum.py).
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), Color['RED'], list(Color), Color.RED.value, Color.RED.name, len(Color), Color.RED in Color)
class N(enum.IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B == 2, repr(N.A), str(N.A), format(N.A))
class F(enum.Flag):
    X = 1
    Y = 2
print(F.X | F.Y, F(3), repr(F.X & F.Y))
print(int.__new__(int, '7'), '__new__' in int.__dict__)
import collections.abc
print(collections.abc.Iterable | None, int | collections.abc.Sized)
class S(str, enum.Enum):
    A = 'a'
print(S.A, S.A == 'a', S('a'), [m.name for m in S])
class Auto(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(Auto.X.value, Auto.Y.value, Auto.__members__.keys())
try:
    Color(5)
except ValueError as e:
    print(e)

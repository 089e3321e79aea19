u = int | str
print(u, type(u).__name__, type(u), u.__args__, int | None, None | int, list[int] | None)
print(isinstance(1, u), isinstance('a', u), isinstance(1.5, u), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str == str | int, int | int, (int | str) | float, int | (str | float) == int | str | float)
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | int), issubclass(B, str | A))
try:
    int | 3
except TypeError as e:
    print(e)
print(type(reversed(range(3))).__name__, list(reversed(range(1, 7, 2))), type(reversed((1, 2))).__name__)
print(__debug__, callable(breakpoint), callable(input))

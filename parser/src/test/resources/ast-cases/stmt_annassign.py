x: int
x: int = 1
y: list[int] = []
(z): int = 2
(z): int
a.b: str
a.b: str = "s"
a[0]: float = 1.0
a[0]: float
a[1:2]: tuple
f().attr: int = 3
t: tuple = 1, 2
t: tuple = *a, *b
u: "forward" = None
v: int | None = None
w: Callable[[int, str], bool]
def g():
    r: int = yield
    s: int = yield 1
    q: dict[str, int] = {"a": 1}
    (p): int = q
class C:
    attr: int
    other: str = "x"
    self_ref: "C"

def f(a: int): pass
def f(a: int = 1): pass
def f(a: int, b: str = "s", *args: tuple, c: float = 1.0, **kwargs: dict) -> None: pass
def f(*args: int): pass
def f(*args: *Ts): pass
def f(*args: *tuple[int, ...]): pass
def f(*args: *Ts, **kw: int): pass
def f(a: "forward", b: 'str' = 'x') -> "ret": pass
def f(a: lambda: 0 = 1): pass
def f(a: (yield)): pass
def f(a: x if y else z): pass
def f(a: list[int] | None = None, /, *, b: dict[str, int] = {}) -> tuple[int, ...]: pass
def f(self, other: "Point") -> "Point": pass
def f(a: int  # type: int
      , b): pass
def f() -> (yield): pass
def f() -> lambda: 1: pass

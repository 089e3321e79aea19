# Type comments are ignored by ast.parse unless type_comments=True.
x = 1  # type: int
y = []  # type: list[int]
for i in range(3):  # type: int
    pass
with open("x") as f:  # type: IO[str]
    pass
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(a, b):  # type: (int, str) -> None
    pass
import os  # type: ignore
z = 2  # type: ignore[assignment]

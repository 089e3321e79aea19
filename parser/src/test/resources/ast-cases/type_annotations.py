from typing import Callable, TypeVar, Generic

T = TypeVar("T")

def identity(x: T) -> T:
    return x

def apply(f: Callable[[int], str], x: int = 0) -> str:
    return f(x)

def unions(a: int | str | None, b: "int | str") -> list[int | None]:
    return []

def nested(a: dict[str, list[tuple[int, ...]]]) -> None: ...

def literal(mode: Literal["r", "w"] = "r") -> None: ...

def callable_(cb: Callable[..., Awaitable[None]]) -> None: ...

class Box(Generic[T]):
    item: T
    items: list[T] = []
    mapping: "dict[str, T]"

    def get(self) -> T:
        return self.item

    def set(self, item: T, /) -> "Box[T]":
        self.item = item
        return self

x: Annotated[int, "meta", 1 + 2] = 5
y: tuple[()] = ()
z: type[int] = int
w: Callable[[*Ts], None]
v: tuple[int, *Ts]

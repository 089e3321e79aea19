class Point:
    """A point."""

    __slots__ = ("x", "y")
    x: int
    y: int = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    async def fetch(self):
        return await self.client.get()

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    if DEBUG:
        def debug(self): print(self)
    else:
        debug = None

    for _name in ("a", "b"):
        locals()[_name] = _name
    del _name

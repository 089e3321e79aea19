@decorator
def f(): pass

@decorator()
def f(): pass

@decorator(1, 2, key="v")
def f(): pass

@a.b.c
def f(): pass

@a.b(c).d(e)
def f(): pass

@first
@second
@third(arg)
def f(): pass

@buttons[0].clicked.connect
def f(): pass

@(lambda fn: fn)
def f(): pass

@x if y else z
def f(): pass

@x := y
def f(): pass

@a[1:2]
def f(): pass

@property
def f(self): pass

@dataclass(frozen=True)
class C:
    x: int

@decorator
async def g(): pass

@ decorator   # spaces and a comment
def f(): pass

def f(a, /): pass
def f(a, /,): pass
def f(a, b, /): pass
def f(a, /, b): pass
def f(a, /, b,): pass
def f(a=1, /): pass
def f(a=1, /,): pass
def f(a, b=1, /): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *, b): pass
def f(a, /, *args): pass
def f(a, /, **kw): pass
def f(a, /, b, *c, d, **e): pass
def f(a=1, b=2, /, c=3, *d, e=4, f, **g): pass
def f(a: int, /, b: str = "x"): pass
def f(a: int = 1, /, *, b: str): pass
def f(a,
      b=2,
      /,
      c=3,
      ): pass

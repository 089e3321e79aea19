def f(*args): pass
def f(*args,): pass
def f(**kwargs): pass
def f(**kwargs,): pass
def f(*args, **kwargs): pass
def f(*, a): pass
def f(*, a,): pass
def f(*, a=1): pass
def f(*, a=1, b): pass
def f(*, a, b=2, **c): pass
def f(*args, a): pass
def f(*args, a=1, b, **kw): pass
def f(a, *args): pass
def f(a, b=1, *args, c, d=2, **kw): pass
def f(a=1, *, b): pass
def f(a=1, b=2): pass
def f(a, b=(1, 2), c=[], d={}, e=lambda: 0): pass
def f(a=x if y else z, b=(yield_ := 1)): pass
def f(a=f(1, *b, **c), **kw,): pass

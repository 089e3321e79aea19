def f():
    return

def g():
    return 1

def h():
    return 1, 2

def i():
    return *a, *b

def j():
    return (yield)

def k():
    raise

def l():
    raise ValueError

def m():
    raise ValueError("x")

def n():
    raise ValueError from None

def o():
    raise TypeError("t") from exc

def p():
    raise a.b.c(1) from d.e

def q():
    return lambda: (yield)

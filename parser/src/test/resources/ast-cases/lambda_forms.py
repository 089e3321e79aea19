f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x, y,: x
f = lambda x=1: x
f = lambda x, y=2: x
f = lambda *args: args
f = lambda *args,: args
f = lambda **kw: kw
f = lambda **kw,: kw
f = lambda *args, **kw: 0
f = lambda *, a: a
f = lambda *, a=1, b: a
f = lambda *args, a, b=1, **kw: 0
f = lambda a, /: a
f = lambda a, /,: a
f = lambda a=1, /: a
f = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
f = lambda a, /, *, b: 0
f = lambda: (yield)
f = lambda: lambda: lambda: 0
f = lambda x: x if x else lambda y: y
f = lambda x=lambda: 0: x
f = (lambda: 0)()
f = lambda: (x := 1)
f = [lambda: i for i in range(3)]
f = {"k": lambda: 0}
f = lambda x: (x, *x)
f = lambda: [*a]

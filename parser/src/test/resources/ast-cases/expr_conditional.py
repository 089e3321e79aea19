a if b else c
a if b else c if d else e
(a if b else c) if d else e
a if (b if c else d) else e
x = a if b else c
x = [a if b else c]
x = lambda: a if b else c
x = (lambda: a) if b else c
x = a or b if c and d else e or f
x = not a if b else c
x = a if not b else c
x = a if b else lambda: c
x = 1 if True else 2, 3
f(a if b else c, d if e else f)
x = (a if b
     else c)
x = a if b else \
    c
x = await_ if b else c

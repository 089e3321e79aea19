# Every precedence level in one place.
x = lambda: a if b else c or d and not e < f | g ^ h & i << j + k * -l ** m
x = a ** -b ** c
x = -a ** -b
x = ~a * b
x = a * ~b
x = not a | b
x = a < b == c
x = a + b < c << d
x = a @ b ** c
x = a % b // c * d / e @ f
x = a or b or c and d and not not e
x = (a or b) and (c if d else e)
x = a.b ** c.d
x = a[b] ** c(d)
x = a if b else c if d else e if f else g
x = a == b is c in d not in e is not f != g
x = a - b - c - d
x = a - (b - (c - d))
x = a ** b ** c ** d
x = a << b << c >> d
async def f():
    return -await a ** await b * await c

x = 1
x = y = z = 2
a, b = 1, 2
a, b = b, a
(a, b) = c
[a, b] = c
a, = b
(a,) = b
[a] = b
a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(a, (b, c)) = d
[a, [b, *c]], d = e
x = *a, *b
x = *a,
x = 1, *b, 2
x = yield
x = yield y
x = yield from y
x = y = yield z
a.b = c
a[b] = c
a.b.c[d][e].f = g
a[1:2] = b
a[b, c] = d
f().x = 1
f()[0] = 1
(a).b = c
((a)) = b
x = (y := 3)
x = 1  # type: int

x = 1, 2
x = 1,
x = (1, 2)
x = (1,)
x = ()
x = 1, (2, 3)
x = (1, 2), 3
x = a, b = c, d
a, b = c
return_value = 1, *b
for a, b in c: pass
a = b, c = d
x = [1, 2], [3]
x = (), (), ()
x = 1 if a else 2, 3
x = lambda: 1, 2
x = 1, lambda: 2
x = y[1, 2]
x = y[1:2, 3]
f((1, 2))
f((1,), ())

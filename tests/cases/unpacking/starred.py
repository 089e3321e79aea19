# Starred assignment targets.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = 'xyz'
print(a)
first, *rest = 'hello'
print(first, rest)
h, *t = (9,)
print(h, t)

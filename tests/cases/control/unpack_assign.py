a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, b = 0, 1
for i in range(10):
    a, b = b, a + b
print(a, b)
x = y = z = 7
print(x, y, z)
x = y = 'same'
print(x, y)
t = (1, 'two', 3.0)
p, q, r = t
print(p, q, r)
(m, n) = (10, 20)
print(m, n)
m, n = n, m
print(m, n)
q, r = divmod(17, 5)
print(q, r)
a = b = c = None
print(a, b, c)
s, = (5,)
print(s)

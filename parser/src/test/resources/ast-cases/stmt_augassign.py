x += 1
x -= 1
x *= 2
x @= m
x /= 2
x %= 3
x &= 4
x |= 5
x ^= 6
x <<= 7
x >>= 8
x **= 9
x //= 10
a.b += 1
a[0] -= 1
a[1:2] *= 2
f().x |= y
a.b.c[d] //= 2
x += yield
x += yield 1
x += 1, 2
x += *a, b
x -= (y := 2)
x += a if b else c
def g():
    total = 0
    total += yield total

x = 1
x += 0.5
print(x)
x *= 4
print(x)
x //= 4
print(x)
x **= 2
print(x)
x %= 0.75
print(x)
s = 'ab'
s += 'cd'
print(s)
s *= 2
print(s)
n = 3
n /= 2
print(n)
b = True
b += True
print(b)
big = 2 ** 62
big *= 4
print(big)
big -= 2 ** 64
print(big)
big -= 1
print(big)
c = 0
c -= -5
print(c)

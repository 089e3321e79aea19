a = 2147483647
print(a)
print(a + 1)
print(a * 2)
print(a * a)
b = -2147483648
print(b - 1)
print(-b)
print(b * -1)
print(abs(b))
print(b // -1)
print(65536 * 65536)
print(2 ** 31)
print(2 ** 32)
print(2 ** 31 - 1 + 1)
print(-(2 ** 31) - 1)
print(46341 * 46341)
x = 1
for i in range(40):
    x = x * 3
print(x)
print(0xffffffff + 1)
print(4294967296 // 3)
print(4294967296 % 7)

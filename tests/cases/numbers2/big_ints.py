a = 2 ** 200
print(a)
print(len(str(a)), a % 1000007, a // 3 ** 50)
b = 1
for i in range(1, 31):
    b *= i
print(b)
print(b // a if b > a else a // b)
print(-a // 7, -a % 7)
print(a == 2.0 ** 200, a + 1 == 2.0 ** 200, a + 1 > 2.0 ** 200)
print(int(str(a)[::-1]) % 97)
print(10 ** 50 - 1, (10 ** 50 - 1).bit_length())

print('Hello, world!')
a = 6
b = 7
print(a, '*', b, '=', a * b)
print('2 ** 100 =', 2 ** 100)
print('7 / 2 =', 7 / 2, 'and 7 // 2 =', 7 // 2)

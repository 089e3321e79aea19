x = 7
print('odd' if x % 2 else 'even')
print('big' if x > 100 else 'medium' if x > 5 else 'small')
y = 0
print(1 / y if y else 'no division')
print((x if x > 3 else -x) * 2)
print(x if x < 3 else -x)

def sign(n):
    return 1 if n > 0 else -1 if n < 0 else 0

print(sign(10), sign(-3), sign(0))
print(sign(2 ** 100), sign(-0.0))
z = 'yes' if 'a' in 'abc' else 'no'
print(z)
w = None if x == 7 else x
print(w)
print(0 if True else 1 / 0)
for i in range(6):
    print(i, 'fizz' if i % 3 == 0 else i)

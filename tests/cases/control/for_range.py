for i in range(5):
    print(i, end=' ')
print()
for i in range(2, 6):
    print(i, end=' ')
print()
for i in range(0, 20, 3):
    print(i, end=' ')
print()
for i in range(10, 0, -2):
    print(i, end=' ')
print()
for i in range(5, -6, -3):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
for i in range(5, 2):
    print('never')
for i in range(2, 5, -1):
    print('never')
for i in range(-3, 3):
    print(i, end=',')
print()
for i in range(3, 0, -1):
    print(i, end=' ')
print('liftoff')
for i in range(2 ** 64, 2 ** 64 + 3):
    print(i)
for i in range(10, 11, 100):
    print('single', i)
print('last i =', i)

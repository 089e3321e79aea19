def v(n):
    print('eval', n)
    return n

x = 2
print(1 < x < 3)
print(1 < x < 2)
print(0 <= x <= 2 <= 2)
print(1 < 2 > 0)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1.0)
print(1 == 1 != 1)
print(1 < 3 > 2 < 4)
print(5 > 4 < 3)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(4) == v(4))
y = 10
if 0 < y <= 10:
    print('in range')
if not 0 < y < 10:
    print('not strictly in range')
print(1 < 2 < 3 < 4 < 5 < 6)
print('a' < 'b' < 'c' != 'd')
print(-1 < 0.0 < 1)

x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < x < 3)
print(0 <= x <= 4, 'a' < 'b' < 'c', [1] < [1, 0] < [2])
def val(n):
    print('eval', n)
    return n
print(val(1) < val(2) < val(0) < val(3))
print(val(5) > val(1) == val(1))
a, b, c = 3, 3, 4
print(a == b != c, a is b, a < b <= c, not a < b)
print(1 in [1, 2] in [[1, 2]], (1 in [1, 2]) in [True])

# Set algebra with operators.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b)
print(a & b)
print(a - b, b - a)
print(a ^ b)
print(a)
c = set(a)
c |= {9}
print(c)
c &= {1, 9, 10}
print(c)
c -= {1}
print(c)
c ^= {9, 8}
print(c)
try:
    a | [7]
except TypeError as e:
    print('caught:', e)

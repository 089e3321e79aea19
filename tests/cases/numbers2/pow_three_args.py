print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13)
print(pow(-2, 3), pow(2, -2), pow(-8, 1, 5))
print(2 ** -1, (-2) ** 2, -2 ** 2)
print(pow(10, 30, 10**9 + 7))
print(0 ** 0, 0.0 ** 0)
print(pow(5, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)

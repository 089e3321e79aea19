pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0)]:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 5 % -3.0)

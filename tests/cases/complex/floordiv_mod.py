# Since 3.10 complex has no //, % or divmod at all.
tests = [lambda: 1j // 1, lambda: 1 // 1j, lambda: 1j % 2, lambda: 2.5 % 1j, lambda: divmod(1j, 1),
         lambda: divmod(1, 1j), lambda: 1j << 1, lambda: 1 >> 1j, lambda: 1j & 1, lambda: 1j | 1j, lambda: 1j ^ True]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
x = 4j
try:
    x //= 2
except TypeError as e:
    print(e)
try:
    x %= 2
except TypeError as e:
    print(e)
print(x)
y = (1 + 1j) // 2

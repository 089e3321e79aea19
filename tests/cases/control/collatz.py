def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

print(collatz_steps(1))
print(collatz_steps(6))
print(collatz_steps(27))
print(collatz_steps(97))
best = 0
best_n = 0
for n in range(1, 1000):
    s = collatz_steps(n)
    if s > best:
        best = s
        best_n = n
print(best_n, best)
print(collatz_steps(2 ** 100 + 1))

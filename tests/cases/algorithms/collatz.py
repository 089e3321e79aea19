def collatz_len(n, cache={1: 1}):
    seq = []
    while n not in cache:
        seq.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for i, v in enumerate(reversed(seq), 1):
        cache[v] = base + i
    return cache[seq[0]] if seq else base

print([collatz_len(i) for i in range(1, 16)])
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
n, path = 27, []
while n != 1:
    path.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(len(path), max(path))

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [i for i, p in enumerate(is_p) if p]

ps = sieve(100)
print(ps)
print(len(sieve(10000)), sieve(10000)[-1])
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(twins)

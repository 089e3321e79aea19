result = []
for i in range(1, 6):
    if i == 3:
        continue
    for j in range(1, 6):
        if j % 2 == 0:
            continue
        if j > i:
            break
        result.append((i, j))
print(result)
primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
        continue
    if p * p <= n:
        continue
    primes.append(n)
print(primes)

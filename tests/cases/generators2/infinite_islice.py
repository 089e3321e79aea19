def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out

def islice(it, start, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield v

print(take(5, naturals()))
print(list(islice(naturals(), 10, 15)))
primes = (n for n in naturals() if n > 1 and all(n % d for d in range(2, n)))
print(take(10, primes))
print(take(3, primes))

# Comprehensions calling functions and methods, and walrus in filters.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            return False
    return True

print([n for n in range(30) if is_prime(n)])
words = ['Alpha', 'beta', 'Gamma', 'delta']
print([w.lower() for w in words if w[0].isupper()])
print([y for x in range(6) if (y := x * x) > 5])
print(sorted([w for w in words], key=str.lower))
print({n: is_prime(n) for n in range(5)})

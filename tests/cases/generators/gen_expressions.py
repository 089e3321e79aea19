# Generator expressions are lazy, single-pass and see their first iterable at creation.
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(5) if x % 2), max(len(w) for w in ["a", "bcd", "ef"]))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in []))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
data = [3, 1, 2]
gen = (d for d in data)
data = [9, 9]
print(list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
print(type(g).__name__, iter(g) is g)

# Set comprehensions.
print({x % 3 for x in range(10)})
print({x * x for x in [-2, -1, 0, 1, 2]})
print(sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
print({n for n in range(20) if n % 7 == 0})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(len({c for c in 'hello world'}))
print({x for x in []}, type({x for x in []}).__name__)
print({len(w) for w in 'a bb cc ddd'.split()})
evens = {x for x in range(10) if x % 2 == 0}
print(evens, 4 in evens, 5 in evens)

# Dict comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2)]})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({w: len(w) for w in ['apple', 'fig', 'kiwi'] if len(w) > 3})
print({x % 3: x for x in range(10)})
print({c: i for i, c in enumerate('hello')})
print({k: [] for k in 'ab'})
prices = {'tea': 3, 'cake': 5, 'pie': 4}
print({k: v * 2 for k, v in prices.items() if v > 3})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({} == {k: 1 for k in ''})

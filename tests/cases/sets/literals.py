# Set literals of small ints print in a deterministic order.
s = {3, 1, 2, 3, 1}
print(s)
print(len(s))
print(set())
print({5})
print(set([4, 4, 2, 2, 0]))
print(set(range(5)))
print(sorted({'b', 'a', 'c'}))
print(type({1}).__name__, type({}).__name__)
print(1 in s, 4 in s, 4 not in s)
print({1, 1.0, True})

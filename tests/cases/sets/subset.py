# Subset and superset comparisons.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b < b, b <= b)
print(b >= a, b > a, a > a)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(range(3)))
print({1, 2} < {1, 3}, {1, 2} > {1, 3})
print(set() < a, set() <= set())
print({1, 2} == {2, 1}, {1} != {1.0})
print({1, 2} == frozenset([1, 2]))

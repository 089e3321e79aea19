# Named set methods accept any iterable.
a = {1, 2, 3}
print(a.union([3, 4], (5,)))
print(a.intersection(range(2, 10)))
print(a.difference([1]))
print(a.symmetric_difference([3, 4]))
print(a.isdisjoint([7, 8]), a.isdisjoint([3]))
b = {1, 2}
b.update([3], {4})
print(b)
b.intersection_update([2, 3, 4, 5])
print(b)
b.difference_update({2})
print(b)
b.symmetric_difference_update([4, 6])
print(b)
print(a.copy() == a, a.copy() is a)

m = [[1, 2, 3], [4, 5, 6]]
t = [list(r) for r in zip(*m)]
print(t)
print(list(zip(*t)))
names = ["a", "b", "c"]
ages = [1, 2, 3]
pairs = list(zip(names, ages))
print(pairs)
n2, a2 = zip(*pairs)
print(n2, a2)
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
rot = [list(r) for r in zip(*m[::-1])]
print(rot)

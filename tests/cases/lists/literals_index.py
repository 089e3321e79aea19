# List literals, indexing and negative indexing.
a = [1, 2, 3, 4, 5]
print(a)
print(a[0], a[4], a[-1], a[-5])
print([])
print([1])
print([1, 'two', 3.0, None, True])
print(len(a), len([]))
b = [[1, 2], [3, 4]]
print(b[1][0], b[-1][-1])
a[0] = 10
a[-1] = 50
print(a)
print(type(a).__name__)

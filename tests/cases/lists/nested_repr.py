# repr of nested lists and mixed element types.
a = [1, [2, [3, [4, []]]]]
print(a)
print(repr(a))
print(str(a))
print(['it\'s', "q\"uote", 'tab\t', 'nl\n'])
print([1.5, -0.0, 1e20, 1e-7])
print([None, True, False])
print([(1,), (), (1, 2)])
print([{'a': 1}, {2}])
b = [1, 2]
b.append(b)
print(b)
print(f'{a}')

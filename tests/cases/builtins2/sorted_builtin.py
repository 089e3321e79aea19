# sorted with key and reverse returns a new list.
data = [5, 2, 8, 1, 9, 3]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted('hello'))
print(sorted({'b': 1, 'a': 2}))
print(sorted(['Banana', 'apple', 'cherry'], key=str.lower))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')]))
print(sorted([-3, 2, -1], key=abs))
print(sorted((3, 1, 2)))
print(sorted([]))
people = [('amy', 30), ('bob', 25), ('cat', 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('caught:', e)

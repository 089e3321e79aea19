# __class_getitem__ and builtin generic aliases.
class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + '[' + str(item) + ']'

print(Box[int])
print(Box['x'])
print(Box[1, 2])
print(list[int])
print(dict[str, list[int]])
print(tuple[int, ...])
print(list[int]([1, 2]))
try:
    int[str]
except TypeError as e:
    print('caught:', e)

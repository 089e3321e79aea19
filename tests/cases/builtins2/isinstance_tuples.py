# isinstance with tuples of types, including nested tuples.
vals = [1, 2.5, 'a', [1], (1,), {}, None, True]
for v in vals:
    num = isinstance(v, (int, float))
    seq = isinstance(v, (list, tuple))
    other = isinstance(v, (str, (dict, type(None))))
    print(repr(v), num, seq, other)
print(isinstance(1, ()))
print(isinstance([], (int, (str, (list,)))))
print(issubclass(bool, (str, int)), issubclass(list, ()))
numeric = (int, float, complex)
print([type(v).__name__ for v in vals if isinstance(v, numeric)])
print(isinstance(int, type), isinstance(int, (type, int)))

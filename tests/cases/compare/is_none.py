def maybe(n):
    if n > 0:
        return n
    return None

a = None
b = 0
print(a is None)
print(a is not None)
print(b is None)
print(b is not None)
print(maybe(5) is None)
print(maybe(-5) is None)
print(maybe(0) is not None)
for i in range(-1, 2):
    r = maybe(i)
    if r is None:
        print(i, 'none')
    else:
        print(i, 'value', r)
print(None is None)
print(not None is None)
print(False is None)

def gen():
    yield 'a'
    yield 'b'
g = gen()
print(next(g), next(g), next(g, 'end'))
nums = [4, 9, 15, 22, 31]
print(next((n for n in nums if n > 10), None))
print(next((n for n in nums if n > 100), -1))
it = iter(range(3))
print([next(it) for _ in range(3)])
d = {'x': 1, 'y': 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e)

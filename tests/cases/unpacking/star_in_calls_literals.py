# Starred and double-starred in calls and literals.
def f(a, b, c):
    return a * 100 + b * 10 + c

args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
print(f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(*[1], **{'c': 3, 'b': 2}))
print([*range(3), *'ab'])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{'a': 1}, 'b': 2, **{'a': 10}})
print(*[1, 2, 3], sep='-')

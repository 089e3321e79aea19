name, n, pi = 'Ada', 7, 3.14159265
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{n=} {pi=:.3f} {name = }')
print(f'{n:>{n}}|{name:.{2}}|{pi:{10}.{4}}|')
items = ['x', 'y']
print(f'{len(items)} items: {", ".join(items)}')
print(f'{{braces}} {n * 2} {n if n > 5 else 0} {[i ** 2 for i in range(4)]}')
d = {'k': 'v'}
print(f"{d['k']} {d!r} {items[-1].upper()}")
width = 12
print(f'{"left":<{width}}|{"right":>{width}}|{"mid":*^{width}}|')

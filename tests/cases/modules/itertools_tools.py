# The itertools module: every tool, with CPython's order of results, reprs and error messages.
import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(0.5, 0.25), 3)), repr(count(3)), repr(count(1, 2)), repr(count(1.5)), repr(count(1, 1.0)))
c = count(5); next(c); print(c)
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), repeat('y', 2), repeat(1), list(repeat(0, -1)), repeat(5, 3).__length_hint__())
r = repeat('z', 3); next(r); print(r, r.__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([3, 1, 4], max)), list(accumulate([])), list(accumulate([], initial=5)))
print(list(chain('ab', [1], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')], [k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
g = groupby('aabbc'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice('ABC', None)))
for bad in [('abc', -1), ('abc', 'x'), ('abc', 1, 2, 0), ('abc', -1, 2), ('abc',), ('abc', 1, 2, 3, 4)]:
    try:
        islice(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
i = iter(range(10)); list(islice(i, 3)); print(next(i))
print(list(pairwise('ABCD')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('a', [])))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])), len(list(product('ab', repeat=0))))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee('xyz', 3); next(a); print(list(b), list(a), list(c))
print(tee([1], 0), type(tee([1])[0]).__name__)
a, b = tee(iter([1, 2, 3])); next(a); a2, a3 = tee(a); print(list(a2), list(a3), list(b))
for bad in [lambda: combinations('ab', -1), lambda: permutations('ab', -1), lambda: product('a', repeat=-1), lambda: tee([], -1), lambda: count('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(count()).__name__, count.__module__ if hasattr(count, '__module__') else '', isinstance(chain(), chain), iter(c) is c)
print(sorted(n for n in dir(it) if not n.startswith('_')))

# Wrong arguments to the container types, classes and builtins raise CPython's errors.
def f(*a, **k): pass
cases = [
 lambda: list.append(5, 1), lambda: dict.get([], 1), lambda: {}.fromkeys(3), lambda: [2, 1].sort(key=5), lambda: sorted([1, 'a']),
 lambda: set.add(frozenset(), 1), lambda: super(int), lambda: super(int, 'x'),
 lambda: object.__new__(5), lambda: type('X', (1,), {}), lambda: type('X', (), []), lambda: [1,2][1:2:0], lambda: [1]*'a',
 lambda: {}|[], lambda: [].index(1), lambda: reversed(5), lambda: zip(1), lambda: enumerate(5), lambda: map(1), lambda: iter(5),
 lambda: next(5), lambda: len(5), lambda: hash([]), lambda: {[]: 1}, lambda: frozenset([[]]), lambda: divmod([], 1), lambda: 'a' < 1, lambda: [1] < ['a'],
 lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: getattr(1, 5), lambda: setattr(1, 'x', 2), lambda: delattr(1, 'x'),
 lambda: slice(1,2,3).indices(-1), lambda: range(10).index(20), lambda: [].pop(),
 lambda: {}.popitem(), lambda: set().pop(), lambda: [x for x in 5], lambda: {**5}, lambda: print(*5), lambda: f(**5),
 lambda: [].insert('a', 1), lambda: {}.update(5), lambda: dict([1]), lambda: dict([(1,)]), lambda: list(5), lambda: set(5),
 lambda: type.mro(5), lambda: int.__subclasses__(), lambda: object().__dict__, lambda: (lambda: 1).__dict__,
 lambda: [].__getitem__('a'), lambda: {}.__getitem__(1), lambda: frozenset().add, lambda: (yield),
 lambda: type(5, 6, 7), lambda: property.getter(5, 6), lambda: classmethod(1)(2), lambda: staticmethod(len)([1]),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)

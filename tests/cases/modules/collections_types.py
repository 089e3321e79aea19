# collections: deque and defaultdict (from _collections, in Java), Counter, namedtuple, OrderedDict
# (with weakref proxies), ChainMap, and deriving from deque.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=5); print(repr(d), repr(deque()), repr(deque([1], 2)))
d.rotate(1); print(d); d.appendleft(0); d.extend([7, 8, 9]); print(d, d.maxlen, len(d), d[0], d[-1], 8 in d)
print(deque('abc') == deque('abc'), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([1]) * 2, list(reversed(deque([1, 2, 3]))))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).index(5), lambda: deque([1]).remove(5), lambda: deque()[0]]:
    try: f()
    except (IndexError, ValueError) as e: print(type(e).__name__, e)
q = deque(); q.append(1); q.append(2); print(q.popleft(), q.popleft(), bool(q))
d2 = deque(range(5)); d2.rotate(-2); print(d2, d2.count(3), d2.index(3)); d2.insert(1, 'x'); d2.remove(0); d2.reverse(); print(d2)
try:
    for x in d2: d2.append(1)
except RuntimeError as e: print(e)
dd = defaultdict(list); dd['a'].append(1); print(dd, repr(defaultdict(int)), dd.default_factory, dd['zz'], len(dd))
try: defaultdict(None)['k']
except KeyError as e: print('KeyError', e)
try: defaultdict(5)
except TypeError as e: print(e)
c = Counter('abracadabra'); print(c.most_common(2), c['a'], c['z'])
P = namedtuple('P', 'x y'); p = P(1, 2); print(p, p.x, p._replace(y=5), p._asdict())
o = OrderedDict(a=1, b=2); o.move_to_end('a'); print(o, list(o))
print(ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'], isinstance(deque(), __import__('collections.abc').abc.MutableSequence))
class MyDeque(deque): pass
print(MyDeque([1, 2]), type(MyDeque()).__name__)

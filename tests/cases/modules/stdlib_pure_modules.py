# functools (lru_cache, reduce, partial, total_ordering, cmp_to_key), copy, datetime, heapq, bisect,
# keyword, numbers, types.SimpleNamespace and operator from CPython's Lib/.
import functools, copy, datetime, operator, heapq, bisect, keyword, numbers, types
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0, functools.reduce(operator.add, range(10)), functools.partial(pow, 2)(10))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([V(3), V(1)], key=functools.cmp_to_key(lambda a, b: a.v - b.v))[0].v)
d = {'a': [1, {'b': 2}]}; e = copy.deepcopy(d); e['a'][1]['b'] = 3; print(d, e, copy.copy([1, [2]]))
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 1, 12, 30).isoformat(), datetime.timedelta(hours=25))
print(datetime.date(2024, 1, 1).strftime('%Y/%m/%d') if False else '', datetime.date(2023, 12, 25).weekday(), datetime.date.fromisoformat('2021-05-04'))
h = [5, 1, 4]; heapq.heapify(h); print(heapq.heappop(h), heapq.nsmallest(2, [9, 3, 7]), bisect.bisect([1, 3, 5], 4))
print(keyword.iskeyword('lambda'), isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), types.SimpleNamespace(a=1))
print(operator.itemgetter(1)([4, 5]), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
n = types.SimpleNamespace(a=1, b='x'); n.c = 3; print(n, n.a, n == types.SimpleNamespace(a=1, b='x', c=3), n != types.SimpleNamespace()); del n.a; print(n)
try:
    del n.zz
except AttributeError as e: print(e)

class L(list):
    def __add__(self, other):
        return L(super().__add__(other))
    def __lt__(self, other):
        return super().__lt__(other)
l = L([1, 2])
print(l + [3], type(l + [3]).__name__, l < [1, 3], [1] + l, l * 2, 2 * l)
l += [9]; print(l, type(l).__name__)
print([1, 2].__add__([3]), [1].__mul__(3), [1, 2].__lt__([1, 3]), [1].__eq__((1,)), list.__iadd__([1], (2,)))
class D(dict):
    pass
print(D(a=1) == {'a': 1}, D(a=1) | {'b': 2}, {'a': 0} | D(a=1), {1: 2}.__or__({3: 4}), {1: 2}.__or__([1]))
class S(set):
    pass
print(S({1, 2}) & {2, 3}, {1, 2}.__and__({2}), frozenset({1}).__or__({2}), {1}.__or__([1]), S({1}) == {1}, S({1}) < {1, 2})
print(object().__lt__(1), object.__subclasshook__(), list(reversed(L([1, 2, 3]))), [3, 4].__reversed__().__next__())
x = [1, 2, 3]; x.__delitem__(0); print(x)

print((5).__add__(3), (5).__add__(3.0), (5.0).__add__(3), (5).__rtruediv__(10), int.__mul__(6, 7))
print((2.5).__floor__(), (2.5).__round__(), (2.567).__round__(2), (7).__divmod__(2), (3).__neg__(), (3.5).__trunc__(), (True).__add__(1))
print((5).__eq__(5.0), (5.0).__eq__(5), (1).__lt__(2), int.__hash__(7), (2).__pow__(10), (2).__pow__(10, 1000), (10).__rpow__(2))
print((6).__and__(3), (6).__rshift__(1), (1).__lshift__(70), (5).__invert__(), (5).__index__(), (5.5).__int__(), (5).__float__())
print('ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(3), 'ab'.__eq__('ab'), 'ab'.__eq__(1), 'b'.__gt__('a'), 'x'.__hash__() == hash('x'))
print((1, 2).__add__((3,)), (1, 2).__len__(), (1, 2).__getitem__(1), (1, 2).__contains__(2), (1,).__mul__(3), (1, 2).__eq__((1, 2)))
print(repr((4).__repr__()), (4.5).__repr__(), (255).__format__('x'), (2.5).__format__('.3f'), 'ab'.__repr__(), (1, 'a').__repr__())
print(int.__add__(1, 'x'), float.__sub__(1.0, 'x'), str.__lt__('a', 1), tuple.__eq__((1,), [1]))
print(list(iter('ab').__iter__()), list((1, 2).__iter__()), (3).__bool__(), (0.0).__bool__(), (3).__abs__(), (-2.5).__abs__())
try:
    int.__add__('x', 1)
except TypeError as e:
    print(e)

# __add__, __radd__ and __iadd__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print('radd with', other)
        return self.__add__(other)

    def __repr__(self):
        return 'Money(%d)' % self.cents

a = Money(100)
print(a + Money(50))
print(a + 5)
print(5 + a)
print(sum([Money(1), Money(2), Money(3)]))
b = a
b += Money(1)
print(a, b, a is b)
try:
    a + 'x'
except TypeError as e:
    print('caught:', e)

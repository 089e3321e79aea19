print(int.__new__(int, 5), type(int.__new__(int, 5)).__name__, str.__new__(str, 'x'), tuple.__new__(tuple, [1]), float.__new__(float, '2'))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()), P() ** 3)
class Q:
    def __pow__(self, other, mod=None):
        return NotImplemented
try:
    pow(Q(), 2, 3)
except TypeError as e:
    print(e)
class MyInt(int):
    pass
print(pow(MyInt(3), 4, 5), pow(3, MyInt(4), MyInt(5)), type(int.__new__(MyInt, 7)).__name__, int.__new__(MyInt, 7) + 1)

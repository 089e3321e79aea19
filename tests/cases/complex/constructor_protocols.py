# complex() asks __complex__ first, then takes the value as a float (__float__, then __index__).
class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0

class FI:
    def __float__(self):
        return 1.25
    def __index__(self):
        return 100

print(complex(C()), complex(F()), complex(I()), complex(Both()), complex(FI()))
print(complex(C(), 1), complex(C(), 1j), complex(F(), I()), complex(1, F()), complex(2j, FI()))
print(complex(I(), I()))
calls = []
class Loud:
    def __float__(self):
        calls.append('float')
        return 1.0
print(complex(Loud(), Loud()), calls)

# __neg__, __pos__, __abs__, __invert__.
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(self.v + 1000)

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return 'inverted ' + str(self.v)

    def __repr__(self):
        return 'N(%s)' % self.v

n = N(5)
print(-n, +n, abs(N(-3)), ~n)
print(-(-n))
class NoNeg:
    pass
try:
    -NoNeg()
except TypeError as e:
    print('caught:', e)

# Truthiness via __bool__ and __len__.
class AlwaysFalse:
    def __bool__(self):
        return False

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

class Plain:
    pass

print(bool(AlwaysFalse()), bool(Sized(0)), bool(Sized(3)), bool(Plain()))
if not AlwaysFalse():
    print('falsy object')
print(Sized(0) or 'fallback')
print(not Sized(2))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('caught:', e)

# Wrong argument counts name C.__init__() in the message.
class C:
    def __init__(self, a, b):
        self.a, self.b = a, b

try:
    C(1)
except TypeError as e:
    print('caught:', e)
try:
    C(1, 2, 3)
except TypeError as e:
    print('caught:', e)
try:
    C(1, c=2)
except TypeError as e:
    print('caught:', e)
class D:
    pass
try:
    D(1)
except TypeError as e:
    print('caught:', e)
c = C(1, 2)
print(c.a, c.b)

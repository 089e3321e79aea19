# Wrong argument counts name C.method() in the message.
class C:
    def method(self, x):
        return x

    def noargs():
        return 'none'

c = C()
print(c.method(1))
try:
    c.method()
except TypeError as e:
    print('caught:', e)
try:
    c.method(1, 2)
except TypeError as e:
    print('caught:', e)
try:
    c.noargs()
except TypeError as e:
    print('caught:', e)
try:
    C.method(5)
except TypeError as e:
    print('caught:', e)
print(C.noargs())

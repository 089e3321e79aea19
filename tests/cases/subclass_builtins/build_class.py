import_free = True
def body():
    x = 1
    def method(self):
        return 'method'
print(type(__build_class__).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        return super().__new__(mcls, name, bases, ns)
class Base:
    pass
C = __build_class__(lambda: None, 'C') if False else None
class D(Base, metaclass=Meta):
    y = 2
print(D.made_by, D.y, D.__mro__)
try:
    __build_class__(1, 'X')
except TypeError as e:
    print(e)
try:
    __build_class__(body, 5)
except TypeError as e:
    print(e)
for name in ['__build_class__', 'exec', 'eval', 'compile', 'globals', 'locals', 'vars', 'bytes', 'bytearray', 'memoryview']:
    print(name, name in dir(__builtins__))

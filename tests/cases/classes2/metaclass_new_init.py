class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')))
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name, len(bases))
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    def foo(self):
        return 1
    bar = 2

class B(A):
    pass

print(A.tag, B.tag)
print(type(A).__name__, type(B).__name__)
print(isinstance(B, Meta))

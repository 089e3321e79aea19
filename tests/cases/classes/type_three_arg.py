# Creating classes dynamically with type(name, bases, dict).
def speak(self):
    return self.name + ' speaks'

Base = type('Base', (), {'kind': 'base', 'speak': speak})
Derived = type('Derived', (Base,), {'name': 'derived'})
d = Derived()
print(d.speak(), d.kind)
print(Derived.__name__, [c.__name__ for c in Derived.__mro__])
print(isinstance(d, Base))
print(type(Derived).__name__)
Empty = type('Empty', (object,), {})
print(Empty.__name__, Empty.__bases__[0].__name__)
print(type(5).__name__, type('s').__name__, type([]) is list)

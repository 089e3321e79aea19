class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat))
print(isinstance(d, (Cat, Dog)), isinstance(3, (str, float)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (Cat, object)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(None, type(None)), isinstance(int, type), isinstance([], list))
print(callable(len), callable(Dog), callable(d), callable(lambda: 0), callable(3))
print(type(d).__name__, type(d).__mro__[1].__name__, Dog.__bases__[0].__name__)

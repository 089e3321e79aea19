# Single inheritance and method override.
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' says ' + self.sound

    def kind(self):
        return 'animal'

class Dog(Animal):
    sound = 'woof'

    def kind(self):
        return 'dog'

class Puppy(Dog):
    def speak(self):
        return 'tiny ' + Dog.speak(self)

for a in [Animal('generic'), Dog('rex'), Puppy('bit')]:
    print(a.speak(), '/', a.kind())
print(Puppy.__bases__[0].__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))

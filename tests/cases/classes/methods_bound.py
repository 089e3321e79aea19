# Bound and unbound methods.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting='Hello'):
        return greeting + ', ' + self.name

g = Greeter('Ann')
m = g.greet
print(m())
print(m('Hi'))
print(Greeter.greet(g, 'Yo'))
print(m.__self__ is g)
print(m.__func__ is Greeter.greet)
print(m.__name__)
fs = [Greeter(n).greet for n in ['a', 'b']]
print([f() for f in fs])
print(g.greet == g.greet)

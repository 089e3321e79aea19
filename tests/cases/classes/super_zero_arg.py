# super() without arguments.
class Base:
    def __init__(self, x):
        self.x = x
        print('Base.__init__', x)

    def describe(self):
        return 'Base(' + str(self.x) + ')'

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Child.__init__', y)

    def describe(self):
        return 'Child[' + super().describe() + ', ' + str(self.y) + ']'

class GrandChild(Child):
    def describe(self):
        return 'Grand<' + super().describe() + '>'

c = GrandChild(1, 2)
print(c.describe())
print(c.x, c.y)

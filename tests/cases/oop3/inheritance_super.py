class Base:
    def __init__(self, name):
        self.name = name
        print('Base init', name)
    def describe(self):
        return f'Base({self.name})'
class Left(Base):
    def __init__(self, name):
        print('Left init')
        super().__init__(name)
    def describe(self):
        return 'Left/' + super().describe()
class Right(Base):
    def __init__(self, name):
        print('Right init')
        super().__init__(name)
    def describe(self):
        return 'Right/' + super().describe()
class Both(Left, Right):
    def describe(self):
        return 'Both/' + super().describe()
b = Both('x')
print(b.describe())
print([c.__name__ for c in Both.__mro__])

class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        self.log = ['Base']

class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.log.append('Left')

class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.log.append('Right')

class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Both')

b = Both(left=1, right=2)
print(b.log, b.left, b.right)
print([c.__name__ for c in Both.__mro__])

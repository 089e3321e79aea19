# super(Class, self) with explicit arguments, including skipping a level.
class A:
    def who(self):
        return 'A'

class B(A):
    def who(self):
        return 'B>' + super(B, self).who()

class C(B):
    def who(self):
        return 'C>' + super(C, self).who()

    def skip(self):
        return super(B, self).who()

c = C()
print(c.who())
print(c.skip())
print(super(C, c).who())
print(super(A, c).__class__.__name__)

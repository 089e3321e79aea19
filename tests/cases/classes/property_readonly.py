# Assigning to a read-only property fails.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
c.r = 3
print(c.area)
print(type(Circle.area).__name__)
try:
    del c.area
except AttributeError as e:
    print('caught:', e)
c.area = 5

# A basic class with __init__, attributes and methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def dist2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p.x, p.y, p.dist2())
q = p.moved(1, -1)
print(q.x, q.y)
p.x = 10
print(p.x, q.x)
p.label = 'new attr'
print(p.label)
print(Point.__name__, type(p).__name__)

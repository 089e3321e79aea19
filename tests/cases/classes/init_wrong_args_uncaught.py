# Uncaught TypeError from constructing with too few arguments.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

r = Rect(2, 3)
print(r.area())
print(Rect(h=4, w=5).area())
r2 = Rect(5)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
print(c.area)
print('area' in c.__dict__)
print(type(Circle.area).__name__)

class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Blob(Shape):
    pass

print(Sq(4).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
Blob().area()

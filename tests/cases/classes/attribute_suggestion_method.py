# "Did you mean" also suggests methods and class attributes.
class Shape:
    sides = 4

    def area(self):
        return 1

s = Shape()
print(s.area())
s.areas()

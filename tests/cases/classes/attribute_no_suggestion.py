# A transposed name is too far away for a "Did you mean" suggestion.
class Shape:
    sides = 4

    def area(self):
        return 1

s = Shape()
print(s.area())
s.aera()

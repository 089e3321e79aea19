class V:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c)
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __repr__(self):
        return "V(" + ", ".join(map(str, self.c)) + ")"

a = V(1, 2, 3)
b = V(4, 5, 6)
print(a + b, b - a, a * 2, 3 * a, -a, abs(a))
print(a == V(1, 2, 3), a != b, a == 5)

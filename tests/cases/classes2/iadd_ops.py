class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        b = Bag()
        b.items = self.items + [x]
        return b
    def __len__(self):
        return len(self.items)

b = Bag()
orig = b
b += 1
b += 2
print(b is orig, b.items)
c = b + 3
print(c is b, c.items, len(b), len(c))

class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)

n = NoIadd(1)
m = n
n += 5
print(n is m, n.v, m.v)

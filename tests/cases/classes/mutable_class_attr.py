# A mutable class attribute is shared between instances.
class Bag:
    items = []

    def add(self, x):
        self.items.append(x)

class GoodBag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, a.items is b.items)
c, d = GoodBag(), GoodBag()
c.add(1)
d.add(2)
print(c.items, d.items)

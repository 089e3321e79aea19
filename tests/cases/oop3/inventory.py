class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self): return self.price * self.qty
    def __repr__(self): return f"Item({self.name}, {self.price}, {self.qty})"
class Inventory:
    def __init__(self): self.items = {}
    def add(self, name, price, qty=1):
        if name in self.items: self.items[name].qty += qty
        else: self.items[name] = Item(name, price, qty)
    def remove(self, name, qty):
        item = self.items.get(name)
        if item is None: raise KeyError(name)
        if qty > item.qty: raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0: del self.items[name]
    def total(self): return sum(i.value for i in self.items.values())
    def report(self):
        for i in sorted(self.items.values(), key=lambda i: -i.value):
            print(f"{i.name:<8}{i.qty:>4} x {i.price:>6.2f} = {i.value:>8.2f}")
inv = Inventory()
inv.add('apple', 0.5, 40); inv.add('pear', 0.75, 10); inv.add('melon', 3.0, 4); inv.add('apple', 0.5, 10)
inv.remove('pear', 10)
inv.report()
print(f"total={inv.total():.2f}", list(inv.items))
try: inv.remove('melon', 9)
except ValueError as e: print('error:', e)
inv.remove('kiwi', 1)

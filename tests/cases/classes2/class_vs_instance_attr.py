class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
print(Counter.items, a.items is b.items)
del a.count
print(a.count)
print('count' in Counter.__dict__, 'count' in a.__dict__)
print(sorted(a.__dict__.keys()))

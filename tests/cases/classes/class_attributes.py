# Class attributes are shared until shadowed by an instance attribute.
class Counter:
    count = 0
    kind = 'counter'

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a = Counter()
b = Counter()
print(Counter.count, a.count, b.count)
print(a.id, b.id)
a.kind = 'mine'
print(a.kind, b.kind, Counter.kind)
Counter.kind = 'changed'
print(a.kind, b.kind)
del a.kind
print(a.kind)
print('count' in Counter.__dict__, 'count' in a.__dict__)

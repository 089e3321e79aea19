# __iadd__ mutating in place versus falling back to __add__.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

class Plain:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Plain(self.n + other)

a = Acc()
alias = a
a += 1
a += 2
print(alias.items, a is alias)
p = Plain(1)
alias2 = p
p += 10
print(p.n, alias2.n, p is alias2)
class Bad:
    def __iadd__(self, x):
        pass
b = Bad()
b += 1
print(b)

# Class body scope: names are not visible inside methods.
x = 'global'

class C:
    x = 'class'
    y = x + '!'
    items = [x for _ in range(2)]

    def method(self):
        return x

print(C.y)
print(C.items)
print(C().method())
print(C.x)
class D:
    n = 3
    doubled = n * 2
    def get(self):
        return self.n, D.doubled
print(D().get())

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(2)(3))
f = outer("x")("y")
print(f("z"), f("w"))

def counter_tree():
    total = 0
    def level1():
        def level2():
            nonlocal total
            total += 1
            return total
        return level2
    return level1, lambda: total

l1, peek = counter_tree()
g = l1()
g(); g()
h = l1()
h()
print(peek())

def make_pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter

s, g = make_pair()
print(g())
s(42)
print(g())
s2, g2 = make_pair()
s2("other")
print(g(), g2())

def fresh_each_call():
    fs = []
    for i in range(3):
        def mk(j):
            return lambda: j * j
        fs.append(mk(i))
    return [f() for f in fs]
print(fresh_each_call())

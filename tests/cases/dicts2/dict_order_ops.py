d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d)
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
print(list(reversed(d)))
print(next(iter(d)), list(d.items())[-1])
m = {"a": 1} | {"b": 2} | {"a": 3}
print(m)
m |= {"z": 0}
print(m)
print(dict(zip("abc", range(3))), dict([("k", "v")], extra=1))

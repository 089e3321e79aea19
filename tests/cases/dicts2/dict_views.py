d = {"x": 1, "y": 2, "z": 3}
keys = d.keys()
vals = d.values()
items = d.items()
print(list(keys), list(vals), list(items))
d["w"] = 4
print(list(keys), len(vals))
print("x" in keys, 4 in vals, ("y", 2) in items, ("y", 3) in items)
print(sorted(keys & {"x", "q"}), sorted(keys - {"x"}))
for k, v in d.items():
    print(k, v, end="; ")
print()
del d["x"]
print(list(items))
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

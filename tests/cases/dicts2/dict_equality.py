a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1})
print({} == dict(), dict(a=1) == {"a": 1})
print(a != {"x": 1}, a == {"x": 1, "y": 2.0})
c = dict(a)
c["z"] = 3
print(a == c, a.items() <= c.items())
print(a.keys() == {"x", "y"}, a.values() == a.values())
nested1 = {"k": [1, {"m": 2}]}
nested2 = {"k": [1, {"m": 2}]}
print(nested1 == nested2)

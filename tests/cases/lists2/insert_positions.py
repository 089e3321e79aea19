a = [1, 2, 3]
a.insert(0, "start")
a.insert(len(a), "end")
a.insert(2, "mid")
print(a)
a.insert(-1, "before-end")
print(a)
a.insert(100, "far")
a.insert(-100, "farneg")
print(a)
b = []
for i in range(5):
    b.insert(i // 2, i)
print(b)
print(a.index("mid"), a.count("far"))
a.remove("mid")
print(a)

a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
b = ["a", "b", "c"]
try:
    del b[5]
except IndexError as e:
    print("IndexError:", e)
del b[5:10]
print(b)

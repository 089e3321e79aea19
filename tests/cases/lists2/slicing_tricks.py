a = list(range(10))
print(a[::-1], a[::3], a[1::2])
print(a[-3:], a[:-3], a[-5:-2])
print(a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
c = [1, 2, 3, 4]
c[1:3] = []
print(c)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)

for x in y:
    pass

for x, y in z:
    pass

for (x, y) in z:
    pass

for [x, y] in z:
    pass

for x, in y: pass

for x, *rest in y: pass

for a.b in c: pass

for a[0] in c: pass

for x in *a, *b:
    print(x)

for x in a, b, c:
    pass

for x in y:
    break
else:
    nothing_found()

for i in range(10): total += i

for (((a), b), c) in d: pass

for x in lambda: 1, 2: pass

for x in (yield): pass

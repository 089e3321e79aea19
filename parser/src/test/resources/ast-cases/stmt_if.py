if x:
    pass

if x:
    a = 1
else:
    a = 2

if x:
    a
elif y:
    b
elif z:
    c
else:
    d

if x: pass
elif y: pass
else: pass

if (n := len(a)) > 10:
    print(n)

if x:
    if y:
        if z:
            deep()
        else:
            shallow()
    elif w:
        pass
if not x and (y or z): pass
if a if b else c: pass
if lambda: 1: pass

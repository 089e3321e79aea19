del x
del x, y
del x, y,
del (x)
del (x, y)
del [x, y]
del (x), [y]
del [x, [y, z]]
del ((x, y), z)
del a.b
del a.b.c
del a[0]
del a[1:2]
del a[::2]
del a[0], b.c, d
del f().x
del f()[0]
del a[b][c].d
del (a.b), [c[0]]
del ()
del []

with a:
    pass

with a as b:
    pass

with a as b, c as d:
    pass

with a, b, c:
    pass

with a as (b, c):
    pass

with a as [b, c]:
    pass

with a as b.c, d as e[0]:
    pass

with open("f") as f: data = f.read()

with a() as b, c() as d, e():
    with f as g:
        pass

with (yield):
    pass

with a if b else c as d: pass

with lambda: 1 as f: pass

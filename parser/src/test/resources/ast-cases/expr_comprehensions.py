[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x in a for y in b]
[x for x, y in z]
[x for (x, y) in z]
[x for [x, y] in z]
[x for x, in z]
[x for x, *y in z]
[a.b for a.b in c]
[x for x in (lambda: 1, 2)]
[x for x in (yield_)]
[x for x in y if (lambda: 1)]
[x for x in y if a if b]
{x for x in y}
{x for x in y if x}
{x: y for x, y in z}
{x: y for x in a for y in b if x != y}
{k: v for k, v in d.items() if v is not None}
(x for x in y)
(x for x in y if x)
((x, y) for x in a for y in b)
[[x for x in y] for y in z]
[x for x in [y for y in z]]
[x if x else y for x in z]
[lambda: x for x in y]
[(x := 1) for y in z]
[x for x in y if (z := x)]
sum(x for x in y)
sum(x for x in y if x)
list(x for x in y for y in z)
x = [i
     for i in range(10)
     if i % 2]

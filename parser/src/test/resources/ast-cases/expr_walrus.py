(x := 1)
(x := (y := 2))
if (n := len(a)) > 10: pass
while (chunk := read()): pass
[y := f(x), y ** 2, y ** 3]
[y for x in data if (y := f(x)) is not None]
f(x := 1)
f(a, x := 1, b=2)
a[x := 1]
a[(x := 1)]
print(f"{(x := 10)}")
x = (y := 1)
x = (y := 1) + 1
y0 = (y1 := f(x))
foo(x=(y := f(x)))
lambda: (x := 1)
(x := lambda: 1)
assert (x := 1)
del (x)
with (f := open("x")):
    pass
match (x := 1):
    case _:
        pass
{(x := 1), (y := 2)}
{(k := 1): (v := 2)}
(x := 1, y := 2)

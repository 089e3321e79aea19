# Expression statements of every shape.
x
x.y
f()
f(x)(y)
1
"docstring-like string in the middle"
...
-x
not x
x if y else z
lambda: 0
await_ = 1
(x)
((x))
x, y
x,
*a, b
a < b
[1, 2]
{}

a.b
a.b.c.d
a()
a()()
a.b()
a().b
a[0]
a[0][1]
a[0].b()
a.b[c](d).e
f(x).y[z]()
(a).b
(a.b).c
"str".join(x)
b"".join(x)
1 .real
1.0.real
(1).real
1j.imag
[1][0]
{1: 2}[1]
(1, 2)[0]
f"{x}".upper()
(lambda: 0)()
(yield_)()
x = a.b.c(d)[e:f].g(*h, **i)
x = a.match.case._

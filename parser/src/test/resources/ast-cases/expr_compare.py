a == b
a != b
a < b
a <= b
a > b
a >= b
a is b
a is not b
a in b
a not in b
a < b < c
a < b <= c == d != e > f >= g is h is not i in j not in k
a == (b == c)
(a == b) == c
x = 1 < 2
x = a | b < c & d
x = not a < b
x = a + 1 > b * 2
x = a<b
x = a  is  not  b
x = a not  in b
x = -a < ~b
x = a is not None and b is None

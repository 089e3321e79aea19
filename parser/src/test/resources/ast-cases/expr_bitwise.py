a | b
a ^ b
a & b
a << b
a >> b
a | b | c
a | b ^ c & d
a & b ^ c | d
a << b >> c
a << b + c
a + b << c
a | b & c << d + e * f ** g
~a
~a & ~b
~~a
a & (b | c)
(a | b) & c
x = 1 << 64 | 0xff
x = a >> 1 & 1
x = a | -b

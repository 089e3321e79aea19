a + b
a - b
a * b
a / b
a // b
a % b
a @ b
a ** b
a + b - c + d
a * b / c // d % e @ f
a + b * c
(a + b) * c
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a ** -b
-a
+a
- - a
-+-a
+ (- a)
a - -b
a--b
a+-+b
2**-1
x = 1 + 2 * 3 - 4 / 5 % 6 // 7 ** 8
x = "a" + "b" * 3
x = a@b@c
x = [1] * n
x = -1
x = -1.5
x = -1j
x = -(1)

1j
1J
0j
0J
1.5j
1.j
.5j
1e3j
1E-3J
1_0j
00j
09j
1e1000j
x = 1 + 2j
x = 1 - 2j
x = -1j
x = 3.0 + 0.5j
x = 2j * 2j
x = 1.5e10j
x = 0.0j

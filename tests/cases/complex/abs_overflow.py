# abs() of a complex too large for a float.
big = complex(1.5e308, -1.5e308)
print(abs(big / 2))
print(abs(big))

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, round(x))
print(round(2.675, 2), round(1.005, 2))
print(round(12345, -2), round(12350, -2), round(12450, -2))
print(round(-125, -1), round(135, -1))
print(type(round(2.5)), type(round(2.5, 0)))
print(round(7), round(7.0, 1))

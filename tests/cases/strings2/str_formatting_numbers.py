for v in [0, 1, -1, 3.5, -2.25, 1e20, 1.5e-7, 123456789.0, 0.1 + 0.2]:
    print(repr(v), str(v), f"{v:.3f}", f"{v:g}")
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(int("  42 "), int("-0"), float("1e3"), int("ff", 16), int("0b101", 0))
print(str(10**20), str(2**64), str(-7 // 2), str(-7 % 3))
print(f"{1234.5:,.2f}", format(0.5, ".0%"), format(42, "b"))

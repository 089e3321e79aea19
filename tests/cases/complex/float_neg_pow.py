# A negative float (or int) to a fractional power is complex in Python 3.
print((-8) ** (1 / 3))
print((-8.0) ** 0.5, (-1) ** 0.5, (-2.5) ** 1.5, (-4) ** -0.5, (-1e-3) ** 0.25)
print(type((-2.0) ** 0.5).__name__, type((-2.0) ** 2.0).__name__, (-2.0) ** 2.0, (-2) ** -2)
print(pow(-9, 0.5), pow(-9.0, 1.5))
print((-2.0) ** float('inf'), (-0.5) ** float('inf'), (-2.0) ** float('-inf'), float('-inf') ** 0.5)
x = -27.0
x **= 1 / 3
print(x)

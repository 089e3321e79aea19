# Recursive calls: fib and Takeuchi's tak. Prints one "iteration <seconds>" line per run.
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def bench():
    return fib(28) + tak(20, 14, 8)


ITERATIONS = 100
for i in range(ITERATIONS):
    t0 = time.perf_counter()
    result = bench()
    t1 = time.perf_counter()
    print("iteration", t1 - t0)
print("result", result)

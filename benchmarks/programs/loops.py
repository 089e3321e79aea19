# Loops and arithmetic: a Mandelbrot escape-count grid in floats and Collatz chain lengths in
# ints. Prints one "iteration <seconds>" line per run.
import time


def mandelbrot(width, height, limit):
    escaped = 0
    y = 0
    while y < height:
        ci = 2.0 * y / height - 1.0
        x = 0
        while x < width:
            cr = 3.0 * x / width - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            escaped += n
            x += 1
        y += 1
    return escaped


def collatz_total(count):
    total = 0
    for start in range(1, count):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
    return total


def bench():
    return mandelbrot(120, 80, 100) + collatz_total(15000)


ITERATIONS = 100
for i in range(ITERATIONS):
    t0 = time.perf_counter()
    result = bench()
    t1 = time.perf_counter()
    print("iteration", t1 - t0)
print("result", result)

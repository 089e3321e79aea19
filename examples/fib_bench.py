import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(5):
    t0 = time.perf_counter()
    result = fib(30)
    t1 = time.perf_counter()
    print('call', i + 1, int((t1 - t0) * 1000), 'ms')
print('fib(30) =', result)

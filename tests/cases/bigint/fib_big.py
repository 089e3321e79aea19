def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

print(fib(10))
print(fib(46))
print(fib(47))
print(fib(92))
print(fib(93))
print(fib(100))
print(fib(300))
print(fib(500))
total = 0
for i in range(200):
    total += fib(i)
print(total)
print(total == fib(201) - 1)

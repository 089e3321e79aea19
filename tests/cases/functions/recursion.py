def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

for i in range(15):
    print(fib(i), end=' ')
print()
print(fib(20))
print(fact(10))
print(fact(30))
print(ack(2, 3))
print(ack(3, 3))
print(gcd(48, 18))
print(gcd(17, 5))
print(gcd(2 ** 100, 6 ** 50))
print(fact(200) // fact(198))

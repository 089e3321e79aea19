def factorial(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result

print(factorial(0))
print(factorial(1))
print(factorial(20))
print(factorial(21))
print(factorial(25))
print(factorial(50))
f100 = factorial(100)
print(f100)
print(len(str(f100)))
print(f100 // factorial(98))
print(f100 % 1000000007)
g = 1
for k in range(1, 51):
    g = g * k
print(g == factorial(50))
print(factorial(50) // factorial(49))

def nothing():
    return

def implicit():
    x = 1

def pair(a, b):
    return a, b

def early_exit(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

def first_even(a, b, c):
    if a % 2 == 0:
        return a
    if b % 2 == 0:
        return b
    if c % 2 == 0:
        return c

print(nothing())
print(implicit())
print(pair(1, 'x'))
x, y = pair(3, 4)
print(x + y)
print(early_exit(50))
print(early_exit(0))
print(first_even(1, 4, 6))
print(first_even(1, 3, 5))
print(pair(pair(1, 2), ()))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 7), lcm(4, 6), lcm(21, 6))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(99), isqrt(100), isqrt(10**40), isqrt(2 * 10**30))
def digits(n, base):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append('0123456789abcdefghijklmnopqrstuvwxyz'[r])
    return ''.join(reversed(out)) or '0'
print(digits(255, 2), digits(255, 16), digits(2**64, 36), int(digits(2**64, 36), 36) == 2**64)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b if a and b else 0

def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)

pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (2**40, 6**20)]
for a, b in pairs:
    print(a, b, gcd(a, b), lcm(a, b), gcd_rec(abs(a), abs(b)))
r = 1
for k in range(1, 21):
    r = lcm(r, k)
print("lcm 1..20 =", r)
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46))

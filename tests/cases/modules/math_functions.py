# The math module: values, exact integer functions, fsum, and CPython's errors. (Values where
# fdlibm and glibc round the last bit differently, such as exp(1) and cosh(1), are left out.)
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.exp(0), math.log(10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(0), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), type(math.floor(1.5)).__name__, math.floor(10**20))
print(math.fabs(-3), math.fmod(7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(1, -0.0))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.factorial(25), math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.isqrt(10**20 + 1))
print(math.comb(10, 3), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1))
print(math.remainder(10, 3), math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(8), math.exp2(10), math.log(2**1000))
print(math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0), round(math.erf(1), 12), round(math.gamma(0.5) ** 2, 12))
for bad in ['math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.exp(1000)', 'math.factorial(-1)', 'math.factorial(2.5)',
            'math.isqrt(-4)', 'math.comb(-1, 2)', 'math.acos(2)', 'math.fmod(math.inf, 1)', 'math.sqrt("x")', 'math.pow(0, -1)',
            'math.floor(math.nan)', 'math.ceil(math.inf)', 'math.ldexp(1.0, 5000)', 'math.gcd(1.5)']:
    try:
        print(bad, eval(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
class Floaty:
    def __float__(self):
        return 2.25
class Floorish:
    def __floor__(self):
        return 'floored'
print(math.sqrt(Floaty()), math.floor(Floorish()), math.pow(2, 0.5), math.pow(-8, 1/3) if False else '')

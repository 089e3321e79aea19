# hash() of numbers and tuples: CPython's values (modulo 2**61 - 1, xxHash-style tuples).
values = (0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**64, -(2**100) + 7, 10**30,
          9223372036854775807, -9223372036854775808, 0.0, -0.0, 0.5, -0.5, 1.5, 3.14159, -2.75,
          1e300, 1e-300, 5e-324, 2.0**70, float("inf"), float("-inf"), 123456789.123, 1/3,
          True, False, (), (1,), (1, 2), ((1, 2), (3,)), (1.5, -1, True), (-1,), (2**70, -0.5))
for v in values:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(2.0**70), hash(-1) == hash(-2))
print(hash(""), hash("abc") == hash("ab" + "c"), hash(("a", 1)) == hash(("a", 1)))
try:
    hash()
except TypeError as e:
    print(e)

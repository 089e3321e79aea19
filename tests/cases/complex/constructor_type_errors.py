# The constructor's TypeErrors, in CPython's order of checks.
class C:
    def __complex__(self):
        return 1j
class BadComplex:
    def __complex__(self):
        return 5
class BadFloat:
    def __float__(self):
        return 5
class BadIndex:
    def __index__(self):
        return 'x'
tests = [
    lambda: complex('1', 2),
    lambda: complex(1, '2'),
    lambda: complex(None),
    lambda: complex(1, None),
    lambda: complex([]),
    lambda: complex(object()),
    lambda: complex(1, object()),
    lambda: complex(1, C()),
    lambda: complex(1, 2, 3),
    lambda: complex(x=1),
    lambda: complex(1, real=2),
    lambda: complex(BadFloat()),
    lambda: complex(1, BadFloat()),
    lambda: complex(BadIndex()),
    lambda: complex({}),
    lambda: complex.__new__(int, 1),
    lambda: complex.__new__(1, 1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
complex(BadComplex())

def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return call

def power(base, exp, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), cube_mod(4), two_to(10))
print([square(i) for i in range(5)])
print(two_to(exp=5))

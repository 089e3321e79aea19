def make_sequence(step):
    def gen(n):
        cur = 0
        for _ in range(n):
            yield cur
            cur += step
    return gen

evens = make_sequence(2)
fives = make_sequence(5)
print(list(evens(5)), list(fives(4)))

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1))
print(add5(1, 2, 3))
print(add5(1, scale=10))
print(add5.calls, callable(add5), callable(5))
print(list(map(Adder(100), [1, 2, 3])))
print(sorted([3, -1, 2], key=Adder(-2)))

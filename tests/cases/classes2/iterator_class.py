class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
for x in c:
    print(x)
print(list(c))
print(list(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
print(sum(Countdown(10)))

# __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
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
print(list(c))
print(list(c))
for x in c:
    print('tick', x)
it = iter(c)
print(next(it), next(it), next(it), next(it, 'done'))
print(sum(Countdown(10)))

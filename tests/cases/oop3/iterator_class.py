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
c = Countdown(4)
print(list(c), list(c), sum(c), max(c))
it = iter(c)
print(next(it), next(it), list(it), list(it))
print([(a, b) for a in Countdown(2) for b in Countdown(2)])
print(3 in Countdown(5), 9 in Countdown(5))

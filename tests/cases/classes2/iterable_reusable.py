class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)

class Range2Iter:
    def __init__(self, cur, hi):
        self.cur, self.hi = cur, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += 2
        return v

r = Range2(1, 10)
print(list(r))
print(list(r))
print([a * b for a in r for b in Range2(0, 4)])
print(max(r), 5 in r, 6 in r)

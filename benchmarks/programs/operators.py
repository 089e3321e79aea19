# Operator overloading: classes whose instances are added, compared, hashed, measured, indexed,
# iterated and called through their special methods (CPython's slots), used as dict keys and
# set members. Prints one "iteration <seconds>" line per run.
import time


class Money:
    __slots__ = ('cents', 'currency')

    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents, self.currency)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return Money(self.cents * k, self.currency)

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents and self.currency == other.currency

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0


class Ledger:
    def __init__(self):
        self.entries = []

    def __len__(self):
        return len(self.entries)

    def __getitem__(self, i):
        return self.entries[i]

    def __iter__(self):
        return iter(self.entries)

    def __contains__(self, m):
        return m in self.entries

    def __iadd__(self, m):
        self.entries.append(m)
        return self

    def __call__(self, k):
        return self.entries[k % len(self.entries)]


def bench():
    ledger = Ledger()
    unit = Money(1, 'EUR')
    for i in range(300):
        ledger += unit * (i % 17) + -unit
    total = 0
    seen = {}
    for _ in range(100):
        total = sum(ledger, 0)
        for j in range(len(ledger)):
            m = ledger[j]
            if m and m < total:
                seen[m] = seen.get(m, 0) + 1
            if ledger(j) == m:
                total = total + m
    return total.cents, len(seen), sum(seen.values()), unit in ledger


ITERATIONS = 100
for i in range(ITERATIONS):
    t0 = time.perf_counter()
    result = bench()
    t1 = time.perf_counter()
    print("iteration", t1 - t0)
print("result", result)

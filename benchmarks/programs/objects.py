# Object-heavy code: classes, instance attributes, method calls, object creation, inheritance
# and a property. Prints one "iteration <seconds>" line per run.
import time


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Body:
    def __init__(self, i):
        self.pos = Vec(i, 2 * i)
        self.vel = Vec(1, -1)
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1

    @property
    def energy(self):
        return self.vel.dot(self.vel)


class Heavy(Body):
    def step(self):
        super().step()
        self.vel = self.vel.scaled(1)


def bench():
    bodies = [Body(i) if i % 3 else Heavy(i) for i in range(200)]
    total = 0
    for _ in range(200):
        for b in bodies:
            b.step()
            total += b.pos.dot(b.vel) + b.energy
    return total


ITERATIONS = 100
for i in range(ITERATIONS):
    t0 = time.perf_counter()
    result = bench()
    t1 = time.perf_counter()
    print("iteration", t1 - t0)
print("result", result)

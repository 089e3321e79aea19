# Defining __eq__ without __hash__ makes instances unhashable.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

print(P(1) == P(1), P(1) != P(2))
print(P.__hash__)
class Q:
    pass
print(Q() == Q())
q = Q()
print(q == q)
s = {P(1)}

# Augmented assignment to attributes.
class Stats:
    total = 0

    def __init__(self):
        self.count = 0
        self.names = []

s = Stats()
s.count += 1
s.count += 1
s.names += ['a']
s.names += 'bc'
print(s.count, s.names)
s.total += 5
print(s.total, Stats.total)
Stats.total += 100
print(s.total, Stats.total)
class Node:
    def __init__(self):
        self.child = None
        self.value = 1
n = Node()
n.child = Node()
n.child.value *= 7
print(n.value, n.child.value)

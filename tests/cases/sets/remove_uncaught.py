# Uncaught KeyError from set.remove.
s = {1, 2, 3}
s.remove(2)
print(s)
s.discard(5)
print(s)
s.add(5)
s.remove(5)
print(s, len(s))
s.remove(5)

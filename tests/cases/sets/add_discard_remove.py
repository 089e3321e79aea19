# add, discard, remove, pop and clear.
s = set()
s.add(1)
s.add(1)
s.add(2)
print(s)
s.discard(2)
s.discard(99)
print(s)
s.remove(1)
print(s)
try:
    s.remove(7)
except KeyError as e:
    print('KeyError:', e)
t = {42}
print(t.pop(), t)
try:
    t.pop()
except KeyError as e:
    print('KeyError:', e)
u = {1, 2, 3}
u.clear()
print(u, len(u))

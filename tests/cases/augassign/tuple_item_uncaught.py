# Augmented assignment to a list inside a tuple mutates, then raises.
t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print('caught:', e)
print(t)
inner = t[0]
inner += [3]
print(t)
t[0].extend([4])
print(t, len(t[0]))
t[1] += 1

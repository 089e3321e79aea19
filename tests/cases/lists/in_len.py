# Membership and len.
a = [1, 'two', [3], None]
print(1 in a, 'two' in a, [3] in a, None in a)
print(2 in a, 3 in a, 'tw' in a)
print(2 not in a)
print(len(a), len([[]]), len([[], []]))
print(1.0 in [1], True in [1], 0 in [False])
b = []
for i in range(5):
    b.append(i * i)
print(len(b), 16 in b, 15 in b)

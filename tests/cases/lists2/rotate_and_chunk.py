def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k]

a = [1, 2, 3, 4, 5]
print(rotate(a, 1), rotate(a, 2), rotate(a, -1), rotate(a, 7), rotate([], 3))
chunks = [a[i:i + 2] for i in range(0, len(a), 2)]
print(chunks)
flat = sum(chunks, [])
print(flat)
window = [a[i:i + 3] for i in range(len(a) - 2)]
print(window, [sum(w) for w in window])
uniq = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in uniq:
        uniq.append(x)
print(uniq)

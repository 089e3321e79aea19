def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return (quick_sort([x for x in a if x < pivot])
            + [x for x in a if x == pivot]
            + quick_sort([x for x in a if x > pivot]))

seed = 7
data = []
for _ in range(30):
    seed = (seed * 1103515245 + 12345) % 2**31
    data.append(seed % 100)
print(data)
print(merge_sort(data))
print(quick_sort(data) == merge_sort(data) == sorted(data))
print(merge_sort(["pear", "fig", "apple"]), quick_sort([3.5, -1, 2]))

def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out

print(perms("abc"))
print(len(perms("abcde")))
print(sorted(set(perms("aab"))))
def subsets(lst):
    if not lst:
        return [[]]
    rest = subsets(lst[1:])
    return rest + [[lst[0]] + r for r in rest]
print(subsets([1, 2, 3]))
def combos(lst, k):
    if k == 0:
        return [[]]
    return [[lst[i]] + c for i in range(len(lst)) for c in combos(lst[i + 1:], k - 1)]
print(combos("abcd", 2))
